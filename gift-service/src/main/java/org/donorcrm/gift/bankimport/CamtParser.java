package org.donorcrm.gift.bankimport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CAMT.053 bank-to-customer statements, versions 001.02 to 001.08, in one pass (a 100,000-entry file never
 * sits in memory as a whole). Elements are found by local name, whatever their namespace prefix or their order,
 * so the real-world deviations of the samples (children out of schema order, NtryRef in the wrong place, masked
 * IBANs of the wrong length) are read as the bank meant them. A DOCTYPE is refused, and with it every entity,
 * internal or external.
 * <p>
 * Why not prowide's pw-iso20022 (which resolves from Maven Central): it is a 50 MB jar with a separate JAXB
 * model per message version, so every version needs its own mapping to our entries, and the samples that break
 * the schema's element order are exactly what strict binding trips over. One name-based reader covers all
 * versions and deviations in ~250 lines.
 */
final class CamtParser {

    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.(\\d{2})");
    private static final Set<String> SUPPORTED = Set.of("02", "03", "04", "05", "06", "07", "08");
    /** Bank transaction sub-families that mean money came back: a returned transfer, a reversed direct debit. */
    private static final Set<String> RETURN_SUBFAMILIES = Set.of("RRTN", "UPDD", "RPCR");

    private CamtParser() {
    }

    /** What the streaming read hands on: each transaction as it is read, then its statement (without them). */
    interface Sink {

        void transaction(ParsedStatement.Transaction transaction);

        /** The statement whose transactions were handed on just before; its transaction list is empty. */
        void statement(ParsedStatement statement);
    }

    /** The whole file in memory: for small files and the tests; imports stream it ({@link #read}). */
    static List<ParsedStatement> parse(InputStream in) {
        List<ParsedStatement> statements = new ArrayList<>();
        List<ParsedStatement.Transaction> transactions = new ArrayList<>();
        read(in, new Sink() {
            @Override
            public void transaction(ParsedStatement.Transaction transaction) {
                transactions.add(transaction);
            }

            @Override
            public void statement(ParsedStatement s) {
                statements.add(new ParsedStatement(s.formatVersion(), s.account(), s.statementRef(), s.sequenceNo(),
                        s.createdByBank(), s.currency(), s.openingBalance(), s.closingBalance(), s.entryCount(),
                        s.creditCount(), s.creditTotal(), s.debitCount(), s.debitTotal(), List.copyOf(transactions)));
                transactions.clear();
            }
        });
        return statements;
    }

    /**
     * Reads the file in one pass with StAX, handing on each transaction as soon as its entry is read: only one entry
     * (and a statement's header) is in memory at a time, whatever the size of the file. A refused file throws
     * {@link StatementRejected}; what was handed on before is then to be thrown away by the caller.
     */
    static void read(InputStream in, Sink sink) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String version = null;
            int statements = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    // with DTD support off the parser skips a DOCTYPE; a bank never sends one (bad-input corpus)
                    throw StatementRejected.malformed("the file has a DOCTYPE; statements have none", StatementRejected.Reason.DOCTYPE);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (version == null) {
                    version = version(xml);
                    continue;
                }
                if ("Stmt".equals(xml.getLocalName())) {
                    sink.statement(statement(xml, version, sink));
                    statements++;
                }
            }
            xml.close();
            if (version == null) {
                throw StatementRejected.malformed("the file holds no XML document", StatementRejected.Reason.NO_XML);
            }
            if (statements == 0) {
                throw StatementRejected.malformed("the file holds no statement (Stmt)", StatementRejected.Reason.NO_STATEMENT);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw StatementRejected.malformed("the file is not well-formed XML" + (line > 0 ? " (line " + line + ")" : ""),
                    StatementRejected.Reason.NOT_WELL_FORMED, line);
        }
    }

    private static String version(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        Matcher matcher = NAMESPACE.matcher(namespace);
        if (!"Document".equals(xml.getLocalName()) || !matcher.matches()) {
            throw new StatementRejected(422, "not a CAMT.053 statement (namespace '" + namespace + "')",
                    List.of(new StatementRejected.Field("#/version", "expected camt.053.001.02 to camt.053.001.08")),
                    StatementRejected.Reason.NOT_CAMT053);
        }
        if (!SUPPORTED.contains(matcher.group(1))) {
            throw new StatementRejected(422, "camt.053.001." + matcher.group(1) + " is not supported",
                    List.of(new StatementRejected.Field("#/version", "supported: camt.053.001.02 to camt.053.001.08")),
                    StatementRejected.Reason.CAMT_VERSION, "camt.053.001." + matcher.group(1));
        }
        return "camt.053.001." + matcher.group(1);
    }

    private static ParsedStatement statement(XMLStreamReader xml, String version, Sink sink)
            throws XMLStreamException {
        XmlNode header = new XmlNode("Stmt");
        String firstCurrency = null;
        boolean any = false;
        int entries = 0;
        int credits = 0;
        int debits = 0;
        BigDecimal creditTotal = BigDecimal.ZERO;
        BigDecimal debitTotal = BigDecimal.ZERO;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "Stmt".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            XmlNode node = read(xml);
            if (!"Ntry".equals(node.name)) {
                header.children.add(node);
                continue;
            }
            entries++;
            Entry entry = entry(node, entries);
            if (entry.credit) {
                credits++;
                creditTotal = creditTotal.add(entry.amount);
            } else {
                debits++;
                debitTotal = debitTotal.add(entry.amount);
            }
            for (ParsedStatement.Transaction transaction : entry.transactions) {
                if (!any) {
                    firstCurrency = transaction.currency();
                    any = true;
                }
                sink.transaction(transaction);
            }
        }
        String account = firstNonNull(header.text("Acct", "Id", "IBAN"), header.text("Acct", "Id", "Othr", "Id"));
        if (account == null) {
            throw StatementRejected.malformed("a statement names no account (Acct/Id)", StatementRejected.Reason.NO_ACCOUNT);
        }
        String statementRef = header.text("Id");
        if (statementRef == null) {
            throw StatementRejected.malformed("a statement has no Id", StatementRejected.Reason.NO_STATEMENT_ID);
        }
        BigDecimal opening = null;
        BigDecimal openingFallback = null;
        BigDecimal closing = null;
        for (XmlNode balance : header.all("Bal")) {
            String code = firstNonNull(balance.text("Tp", "CdOrPrtry", "Cd"), balance.text("Tp", "CdOrPrtry", "Prtry"));
            BigDecimal amount = signed(balance.text("Amt"), balance.text("CdtDbtInd"));
            if ("OPBD".equals(code)) {
                opening = amount;
            } else if ("PRCD".equals(code)) {
                openingFallback = amount;
            } else if ("CLBD".equals(code)) {
                closing = amount;
            }
        }
        String currency = firstNonNull(header.text("Acct", "Ccy"),
                firstCurrency);
        return new ParsedStatement(version, account.replace(" ", ""), statementRef, header.text("ElctrncSeqNb"),
                header.text("CreDtTm"), currency, opening != null ? opening : openingFallback, closing, entries,
                credits, creditTotal, debits, debitTotal, List.of());
    }

    private record Entry(boolean credit, BigDecimal amount, List<ParsedStatement.Transaction> transactions) {
    }

    private static Entry entry(XmlNode ntry, int entryNo) {
        BigDecimal amount = money(ntry.text("Amt"));
        String currency = ccy(ntry.at("Amt"));
        boolean credit = "CRDT".equals(ntry.text("CdtDbtInd"));
        boolean reversal = "true".equalsIgnoreCase(ntry.text("RvslInd"));
        LocalDate booking = date(firstNonNull(ntry.text("BookgDt", "Dt"), ntry.text("BookgDt", "DtTm"),
                ntry.text("ValDt", "Dt"), ntry.text("ValDt", "DtTm")));
        LocalDate value = date(firstNonNull(ntry.text("ValDt", "Dt"), ntry.text("ValDt", "DtTm")));
        String entryRef = ntry.text("NtryRef");
        String acctSvcrRef = ntry.text("AcctSvcrRef");
        String entryCode = code(ntry);
        List<XmlNode> details = new ArrayList<>();
        for (XmlNode d : ntry.all("NtryDtls")) {
            details.addAll(d.all("TxDtls"));
        }
        List<ParsedStatement.Transaction> transactions = new ArrayList<>();
        if (details.size() > 1 && splits(details, amount)) {
            for (int i = 0; i < details.size(); i++) {
                XmlNode tx = details.get(i);
                String direction = tx.text("CdtDbtInd");
                boolean txCredit = direction == null ? credit : "CRDT".equals(direction);
                transactions.add(transaction(entryNo, i + 1, tx, txCredit, reversal, txAmount(tx),
                        firstNonNull(ccy(txAmountNode(tx)), currency), booking, value, entryRef, acctSvcrRef,
                        entryCode, ntry.text("AddtlNtryInf")));
            }
        } else {
            XmlNode tx = details.size() == 1 ? details.get(0) : new XmlNode("TxDtls");
            transactions.add(transaction(entryNo, 0, tx, credit, reversal, amount, currency, booking, value, entryRef,
                    acctSvcrRef, entryCode, ntry.text("AddtlNtryInf")));
        }
        return new Entry(credit, amount, transactions);
    }

    /** Split a batch only when every transaction has an amount and they add up to the entry. */
    private static boolean splits(List<XmlNode> details, BigDecimal entryAmount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (XmlNode tx : details) {
            BigDecimal amount = txAmount(tx);
            if (amount == null) {
                return false;
            }
            String direction = tx.text("CdtDbtInd");
            sum = sum.add(amount);
            if (direction != null && !direction.equals(details.get(0).text("CdtDbtInd"))) {
                return false;
            }
        }
        return sum.compareTo(entryAmount) == 0;
    }

    private static ParsedStatement.Transaction transaction(int entryNo, int txNo, XmlNode tx, boolean credit,
                                                           boolean reversal, BigDecimal amount, String currency,
                                                           LocalDate booking, LocalDate value, String entryRef,
                                                           String entryAcctSvcrRef, String entryCode,
                                                           String additionalInfo) {
        String code = firstNonNull(code(tx), entryCode);
        XmlNode returnInfo = tx.at("RtrInf");
        boolean returned = reversal || returnInfo != null
                || (code != null && RETURN_SUBFAMILIES.stream().anyMatch(code::endsWith));
        String party = credit ? "Dbtr" : "Cdtr";
        String name = firstNonNull(tx.text("RltdPties", party, "Nm"), tx.text("RltdPties", party, "Pty", "Nm"),
                tx.text("RltdPties", "Ultmt" + party, "Nm"));
        String iban = tx.text("RltdPties", party + "Acct", "Id", "IBAN");
        // the town of the counterparty's postal address (camt.053.001.08 nests the party in Pty)
        String city = firstNonNull(tx.text("RltdPties", party, "PstlAdr", "TwnNm"),
                tx.text("RltdPties", party, "Pty", "PstlAdr", "TwnNm"));
        List<String> remittance = new ArrayList<>();
        XmlNode rmtInf = tx.at("RmtInf");
        if (rmtInf != null) {
            rmtInf.all("Ustrd").forEach(u -> remittance.add(u.text.toString().strip()));
            rmtInf.descendants("Ref").forEach(r -> remittance.add(r.text.toString().strip()));
        }
        if (remittance.isEmpty() && additionalInfo != null) {
            remittance.add(additionalInfo);
        }
        String endToEnd = tx.text("Refs", "EndToEndId");
        if ("NOTPROVIDED".equalsIgnoreCase(endToEnd)) {
            endToEnd = null;
        }
        return new ParsedStatement.Transaction(entryNo, txNo, credit, returned, amount, currency, booking, value,
                entryRef, firstNonNull(tx.text("Refs", "AcctSvcrRef"), entryAcctSvcrRef), endToEnd,
                tx.text("Refs", "MndtId"), code,
                returnInfo == null ? null : firstNonNull(returnInfo.text("Rsn", "Cd"), returnInfo.text("Rsn", "Prtry")),
                truncate(name, 140), iban == null ? null : iban.replace(" ", ""),
                truncate(String.join(" ", remittance).strip(), 500), null,
                city == null || city.isBlank() ? null : truncate(city.strip(), 35));
    }

    private static XmlNode txAmountNode(XmlNode tx) {
        XmlNode amount = tx.at("Amt");
        if (amount == null) {
            amount = tx.at("AmtDtls", "TxAmt", "Amt");
        }
        if (amount == null) {
            amount = tx.at("AmtDtls", "InstdAmt", "Amt");
        }
        return amount;
    }

    private static BigDecimal txAmount(XmlNode tx) {
        XmlNode amount = txAmountNode(tx);
        return amount == null ? null : money(amount.text.toString());
    }

    private static String code(XmlNode node) {
        XmlNode domain = node.at("BkTxCd", "Domn");
        if (domain != null) {
            return String.join("/", nonNull(domain.text("Cd")), nonNull(domain.text("Fmly", "Cd")),
                    nonNull(domain.text("Fmly", "SubFmlyCd")));
        }
        return truncate(node.text("BkTxCd", "Prtry", "Cd"), 40);
    }

    /** Reads the element the reader stands on, with everything in it. */
    private static XmlNode read(XMLStreamReader xml) throws XMLStreamException {
        XmlNode node = new XmlNode(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            node.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                node.children.add(read(xml));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                node.text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return node;
            }
        }
        return node;
    }

    private static String ccy(XmlNode amount) {
        return amount == null ? null : amount.attributes.get("Ccy");
    }

    private static BigDecimal signed(String amount, String direction) {
        BigDecimal value = money(amount);
        return value != null && "DBIT".equals(direction) ? value.negate() : value;
    }

    static BigDecimal money(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            // longer than any amount DECIMAL(15,2) holds: refused unread (a 5 MB number takes minutes to parse)
            amount = new BigDecimal(text.strip().length() > 40 ? "not an amount" : text.strip());
        } catch (NumberFormatException e) {
            throw StatementRejected.malformed("'" + truncate(text.strip(), 30) + "' is not an amount",
                    StatementRejected.Reason.NOT_AN_AMOUNT);
        }
        // euros have cents: "12.340" is 12.34, but "12.345" is refused rather than rounded to a cent the bank never
        // booked (found by StatementAmountPropertiesTest)
        if (amount.stripTrailingZeros().scale() > 2) {
            throw StatementRejected.malformed("'" + truncate(text.strip(), 30) + "' has more than two decimals",
                    StatementRejected.Reason.TOO_MANY_DECIMALS);
        }
        if (amount.precision() - amount.scale() > 13) {
            // bank_statement and bank_entry hold DECIMAL(15,2): 13 digits before the point (bad-input corpus)
            throw StatementRejected.malformed("'" + truncate(text.strip(), 30) + "' has more than 13 digits before "
                    + "the decimal point", StatementRejected.Reason.TOO_MANY_DIGITS);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            throw StatementRejected.malformed("an entry has no booking date", StatementRejected.Reason.NO_BOOKING_DATE);
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            throw StatementRejected.malformed("'" + truncate(text, 30) + "' is not a date", StatementRejected.Reason.NOT_A_DATE);
        }
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
