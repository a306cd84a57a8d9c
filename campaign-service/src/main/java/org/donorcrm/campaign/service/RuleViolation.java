package org.donorcrm.campaign.service;

/** A request that is well-formed but breaks a domain rule (an appeal under an appeal): 422. */
public class RuleViolation extends PointedProblem {

    public RuleViolation(String pointer, String detail) {
        super(pointer, detail);
    }
}
