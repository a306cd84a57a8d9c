package org.donorcrm.platform.testapp;

import io.quarkus.qute.i18n.MessageBundle;

/** The test application's own texts, as a service has them: bundle {@code msg}, Dutch first. */
@MessageBundle(locale = "nl")
public interface Msg {

    String navOverview();

    String navBatches();

    String navReports();

    String navJobs();

    String overview();
}
