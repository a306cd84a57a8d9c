package org.donorcrm.gift.sepa;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a collection run as a pain.008.001.02 customer direct-debit initiation (SEPA Core), in the element order
 * of the ISO 20022 schema: one payment information block with sequence type RCUR for all debits.
 * <p>
 * Why RCUR for every debit, first ones included: since November 2016 the SEPA Core rulebook lets a first debit
 * be sent as RCUR, and Dutch banks reject a FRST for a mandate they have seen used before (a mandate imported
 * from another system, or a FRST repeated after a return). One sequence type removes that class of rejects.
 */
public final class Pain008Writer {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    static final String SEQUENCE_TYPE = "RCUR";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** The creditor side of the message, from configuration. */
    public record Creditor(String name, String iban, String bic, String creditorId) {
    }

    /** One debit: what the bank needs to collect it from the debtor. */
    public record Debit(String endToEndId, BigDecimal amount, String mandateReference,
                        java.time.LocalDate signatureDate, String debtorName, String debtorIban, String debtorBic,
                        String remittance) {
    }

    private Pain008Writer() {
    }

    public static byte[] write(String messageId, LocalDateTime createdAt, java.time.LocalDate dueDate,
                               Creditor creditor, List<Debit> debits) {
        BigDecimal total = debits.stream().map(Debit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrDrctDbtInitn");

            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", CREATED.format(createdAt));
            text(xml, "NbOfTxs", Integer.toString(debits.size()));
            text(xml, "CtrlSum", total.toPlainString());
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", creditor.name());
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", messageId);
            text(xml, "PmtMtd", "DD");
            text(xml, "BtchBookg", "true");
            text(xml, "NbOfTxs", Integer.toString(debits.size()));
            text(xml, "CtrlSum", total.toPlainString());
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeStartElement("LclInstrm");
            text(xml, "Cd", "CORE");
            xml.writeEndElement();
            text(xml, "SeqTp", SEQUENCE_TYPE);
            xml.writeEndElement();
            text(xml, "ReqdColltnDt", dueDate.toString());
            xml.writeStartElement("Cdtr");
            text(xml, "Nm", creditor.name());
            xml.writeEndElement();
            account(xml, "CdtrAcct", creditor.iban());
            agent(xml, "CdtrAgt", creditor.bic());
            text(xml, "ChrgBr", "SLEV");
            xml.writeStartElement("CdtrSchmeId");
            xml.writeStartElement("Id");
            xml.writeStartElement("PrvtId");
            xml.writeStartElement("Othr");
            text(xml, "Id", creditor.creditorId());
            xml.writeStartElement("SchmeNm");
            text(xml, "Prtry", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();

            for (Debit debit : debits) {
                xml.writeStartElement("DrctDbtTxInf");
                xml.writeStartElement("PmtId");
                text(xml, "EndToEndId", debit.endToEndId());
                xml.writeEndElement();
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "EUR");
                xml.writeCharacters(debit.amount().toPlainString());
                xml.writeEndElement();
                xml.writeStartElement("DrctDbtTx");
                xml.writeStartElement("MndtRltdInf");
                text(xml, "MndtId", debit.mandateReference());
                text(xml, "DtOfSgntr", debit.signatureDate().toString());
                xml.writeEndElement();
                xml.writeEndElement();
                agent(xml, "DbtrAgt", debit.debtorBic());
                xml.writeStartElement("Dbtr");
                text(xml, "Nm", debit.debtorName());
                xml.writeEndElement();
                account(xml, "DbtrAcct", debit.debtorIban());
                xml.writeStartElement("RmtInf");
                text(xml, "Ustrd", debit.remittance());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 could not be written", e);
        }
        return out.toByteArray();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A bank by BIC, or "NOTPROVIDED" (IBAN-only, allowed for SEPA payments since 2016). */
    private static void agent(XMLStreamWriter xml, String element, String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        if (bic != null && !bic.isBlank()) {
            text(xml, "BIC", bic);
        } else {
            xml.writeStartElement("Othr");
            text(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
