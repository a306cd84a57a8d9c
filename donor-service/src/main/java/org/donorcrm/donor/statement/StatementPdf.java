package org.donorcrm.donor.statement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Rectangle;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.donorcrm.donor.LetterMsg;
import org.donorcrm.platform.i18n.Formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The annual gift statement as a letter on A4 (OpenPDF): the organisation's letterhead, the donor's address, the
 * salutation, the gifts and the periodic gifts per agreement with their totals, the RSIN and the ANBI status. The
 * font (Liberation Sans, shipped inside OpenPDF) is embedded, so the letter looks the same everywhere. Amounts and
 * dates are written the Dutch way in both languages ({@link Formats}). The document's dates are the statement's year
 * end, and it names no moment of writing: the same statement gives the same content (the bytes differ only in the
 * font subset's random tag and the file id).
 */
final class StatementPdf {

    private StatementPdf() {
    }

    /** The letter in the donor's language (the statement's). */
    static byte[] render(AnnualStatements.Addressed letter) {
        return render(letter, MessageBundles.get(LetterMsg.class,
                Localized.Literal.of(letter.statement().language())));
    }

    static byte[] render(AnnualStatements.Addressed letter, LetterMsg msg) {
        AnnualStatement s = letter.statement();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont base = LetterPdf.font();
            Font small = new Font(base, 9);
            Font body = new Font(base, 10.5f);
            Font heading = new Font(base, 13);
            Font title = new Font(base, 16);
            GregorianCalendar yearEnd = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"));
            yearEnd.clear();
            yearEnd.set(s.year(), 11, 31, 12, 0, 0);
            document.addTitle(msg.statementTitle(s.year()));
            document.addAuthor(s.organisation().name());
            document.open();
            // the year's end, not the moment of writing: the same statement gives the same document
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(yearEnd));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(yearEnd));

            AnnualStatement.Organisation o = s.organisation();
            LetterPdf.letterhead(document, o.name(), o.street(), o.postcodeCity(), msg.statementRsin(o.rsin()), heading,
                    small);
            document.add(new Paragraph(" ", body));

            for (String line : new String[] {letter.name(), letter.street(), letter.postcodeCity()}) {
                if (line != null) {
                    document.add(new Paragraph(line, body));
                }
            }
            document.add(new Paragraph(" ", body));
            Paragraph head = new Paragraph(msg.statementTitle(s.year()), title);
            head.setSpacingAfter(4);
            document.add(head);
            if (s.corrected()) {
                document.add(new Paragraph(msg.statementCorrected(), heading));
            }
            document.add(new Paragraph(msg.statementDonorNumber(String.valueOf(s.donorNumber())), body));
            document.add(spaced(s.salutation() + ",", body, 14));
            document.add(spaced(msg.statementIntro(s.year()), body, 8));

            document.add(spaced(msg.statementGifts(), heading, 10));
            if (s.gifts().isEmpty()) {
                document.add(new Paragraph(msg.statementNone(s.year()), body));
            } else {
                document.add(table(s.gifts(), msg.statementTotalGifts(), s.totalGifts(), msg, body));
            }
            if (!s.agreements().isEmpty()) {
                document.add(spaced(msg.statementPeriodicGifts(), heading, 10));
                for (AnnualStatement.Agreement a : s.agreements()) {
                    String term = a.endDate() == null
                            ? msg.statementAgreementOpen(a.number(), Formats.shortDate(a.startDate()))
                            : msg.statementAgreement(a.number(), Formats.shortDate(a.startDate()),
                            Formats.shortDate(a.endDate()));
                    document.add(spaced(term, body, 6));
                    document.add(table(a.gifts(), null, null, msg, body));
                }
                document.add(total(msg.statementTotalPeriodic(), s.totalPeriodic(), body));
            }
            document.add(spaced(msg.statementTotal(s.year()) + ": " + Formats.money(s.total()), heading, 12));
            if (s.corrected()) {
                document.add(spaced(msg.statementCorrectionNote(s.year()), body, 8));
            }
            document.add(spaced(msg.statementAnbi(o.anbi()) + " " + msg.statementRsin(o.rsin()) + ".", body, 12));
            document.add(spaced(msg.statementClosing(), body, 16));
            document.add(new Paragraph(o.name(), body));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("annual statement not written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(List<AnnualStatement.Gift> gifts, String totalLabel, BigDecimal total,
                                   LetterMsg msg, Font font) {
        PdfPTable table = new PdfPTable(new float[] {2, 2, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.addCell(cell(msg.statementDate(), font, Element.ALIGN_LEFT));
        table.addCell(cell(msg.statementAmount(), font, Element.ALIGN_RIGHT));
        table.addCell(cell(msg.statementFund(), font, Element.ALIGN_LEFT));
        table.setHeaderRows(1);
        for (AnnualStatement.Gift g : gifts) {
            table.addCell(cell(Formats.shortDate(g.date()), font, Element.ALIGN_LEFT));
            table.addCell(cell(Formats.money(g.amount()), font, Element.ALIGN_RIGHT));
            table.addCell(cell(g.funds() == null || "UNEARMARKED".equals(g.funds()) ? msg.statementNoFund()
                    : g.funds(), font, Element.ALIGN_LEFT));
        }
        if (totalLabel != null) {
            table.addCell(cell(totalLabel, font, Element.ALIGN_LEFT));
            table.addCell(cell(Formats.money(total), font, Element.ALIGN_RIGHT));
            table.addCell(cell("", font, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static Paragraph total(String label, BigDecimal amount, Font font) {
        return spaced(label + ": " + Formats.money(amount), font, 6);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        return p;
    }
}
