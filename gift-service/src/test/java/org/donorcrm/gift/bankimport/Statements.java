package org.donorcrm.gift.bankimport;

import java.math.BigDecimal;
import java.util.List;

/** Builds camt.053.001.02 statements for the tests (and the 100,000-entry throughput measurement). */
final class Statements {

    static final String OUR_ACCOUNT = "NL91ABNA0417164300";

    /** One entry; null fields are left out. {@code returnReason} adds return information (RtrInf). */
    record Line(String amount, boolean credit, String bookingDate, String ref, String endToEndId, String iban,
                String name, String remittance, String returnReason) {

        static Line credit(String amount, String date, String ref, String iban, String remittance) {
            return new Line(amount, true, date, ref, null, iban, "Donor", remittance, null);
        }
    }

    private Statements() {
    }

    static String camt(String statementId, String opening, List<Line> lines) {
        BigDecimal balance = new BigDecimal(opening);
        StringBuilder entries = new StringBuilder();
        for (Line l : lines) {
            balance = l.credit() ? balance.add(new BigDecimal(l.amount())) : balance.subtract(new BigDecimal(l.amount()));
            entries.append(entry(l));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>2026-03-02T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <ElctrncSeqNb>1</ElctrncSeqNb>
                      <CreDtTm>2026-03-02T06:00:00</CreDtTm>
                      <Acct><Id><IBAN>%2$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%3$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%4$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
                %5$s    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(statementId, OUR_ACCOUNT, opening, balance.toPlainString(), entries);
    }

    private static String entry(Line l) {
        String party = l.credit() ? "Dbtr" : "Cdtr";
        return """
                      <Ntry>
                        <Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts>BOOK</Sts>
                        <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt>
                        <AcctSvcrRef>%s</AcctSvcrRef>
                        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>%s</Cd><SubFmlyCd>%s</SubFmlyCd></Fmly></Domn></BkTxCd>
                        <NtryDtls><TxDtls>
                          <Refs>%s</Refs>
                          %s
                          %s
                          %s
                        </TxDtls></NtryDtls>
                      </Ntry>
                """.formatted(l.amount(), l.credit() ? "CRDT" : "DBIT", l.bookingDate(), l.bookingDate(), l.ref(),
                l.returnReason() != null ? "RDDT" : "RCDT", l.returnReason() != null ? "UPDD" : "ESCT",
                l.endToEndId() == null ? "" : "<EndToEndId>" + l.endToEndId() + "</EndToEndId>",
                l.iban() == null ? "" : "<RltdPties><" + party + "><Nm>" + l.name() + "</Nm></" + party + "><" + party
                        + "Acct><Id><IBAN>" + l.iban() + "</IBAN></Id></" + party + "Acct></RltdPties>",
                l.remittance() == null ? "" : "<RmtInf><Ustrd>" + l.remittance() + "</Ustrd></RmtInf>",
                l.returnReason() == null ? "" : "<RtrInf><Rsn><Cd>" + l.returnReason() + "</Cd></Rsn></RtrInf>");
    }
}
