package org.donorcrm.campaign.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a campaign page's progress chart, as JSON for ECharts: raised against goal for the campaign as
 * a whole and for each appeal. Only codes and amounts: the page's script reads it from a data attribute.
 */
final class ProgressChart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgressChart() {
    }

    static String of(CampaignResults.WithAppeals results) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> raised = new ArrayList<>();
        List<BigDecimal> goals = new ArrayList<>();
        add(results.total(), labels, raised, goals);
        results.appeals().forEach(a -> add(a, labels, raised, goals));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("raised", raised);
        data.put("goal", goals);
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(CampaignResults.Result result, List<String> labels, List<BigDecimal> raised,
                            List<BigDecimal> goals) {
        labels.add(result.campaign().code);
        raised.add(result.figures().raised());
        goals.add(result.figures().goal());
    }
}
