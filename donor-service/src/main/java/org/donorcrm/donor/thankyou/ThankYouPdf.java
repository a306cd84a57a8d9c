package org.donorcrm.donor.thankyou;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.donorcrm.donor.LetterMsg;
import org.donorcrm.donor.statement.LetterPdf;
import org.donorcrm.donor.statement.OrganisationConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Thank-you letters on A4 (OpenPDF), one page per gift, each in its donor's language: the organisation's letterhead
 * and font as on the annual statement ({@link LetterPdf}), the donor's name and address, the subject, the donor
 * number, then the letter's paragraphs (the salutation, the text, the closing).
 */
final class ThankYouPdf {

    private ThankYouPdf() {
    }

    static byte[] render(List<ThankYouLetters.Letter> letters, OrganisationConfig o,
                         Function<String, LetterMsg> msgOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = LetterPdf.font();
            Font small = new Font(base, 9);
            Font body = new Font(base, 10.5f);
            Font heading = new Font(base, 13);
            document.addTitle(msgOf.apply(letters.get(0).language()).thankYouSubject());
            document.addAuthor(o.name());
            document.open();
            boolean first = true;
            for (ThankYouLetters.Letter letter : letters) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                LetterMsg msg = msgOf.apply(letter.language());
                LetterPdf.letterhead(document, o.name(), o.street(), o.postcodeCity(), msg.statementRsin(o.rsin()),
                        heading, small);
                document.add(new Paragraph(" ", body));
                for (String line : new String[] {letter.name(), letter.street(), letter.postcodeCity()}) {
                    if (line != null) {
                        document.add(new Paragraph(line, body));
                    }
                }
                document.add(new Paragraph(" ", body));
                document.add(spaced(letter.subject(), heading, 4));
                document.add(new Paragraph(msg.statementDonorNumber(String.valueOf(letter.donorNumber())), body));
                float before = 14;
                for (String paragraph : letter.paragraphs()) {
                    document.add(spaced(paragraph, body, before));
                    before = 8;
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("thank-you letters not written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        return p;
    }
}
