import java.io.FileInputStream;
import java.util.*;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.*;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.*;

/** Validates PDFs against PDF/UA-1 with veraPDF and lists each failed rule once, with a count. */
public class Vera {
    public static void main(String[] args) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String f : args) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new FileInputStream(f), PDFAFlavour.PDFUA_1);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                Map<String, Integer> failed = new TreeMap<>();
                Map<String, String> msg = new HashMap<>();
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                        failed.merge(id, 1, Integer::sum);
                        msg.putIfAbsent(id, a.getMessage());
                    }
                }
                System.out.println(f + ": PDF/UA-1 compliant=" + result.isCompliant() + ", failed rules " + failed.size());
                failed.forEach((id, n) -> System.out.println("  " + id + " x" + n + ": " + msg.get(id)));
            }
        }
    }
}
