package nl.logboek.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report as a browser lays it out: headless Chromium renders a copy of each golden file
 * and a small script, added to that copy only (the shipped document has none, and its content
 * security policy would block one), measures the rendered DOM and writes what it found into the
 * page, which {@code --dump-dom} gives back. Skipped, with a message, where Chromium is not
 * installed (CI; on Debian: {@code apt-get install chromium}).
 */
class ReportHtmlRenderedTest {
    /**
     * Measures: every chart label inside its row and left of its bars (never cut or overlapping);
     * every date on one line; the page no wider than the window; a bar for every value above 0
     * and none for 0. Problems go into {@code <body data-problems>}, one per line.
     */
    private static final String MEASURE = String.join("\n",
            "<script>",
            "(function(){",
            "const p=[];",
            "document.querySelectorAll('.chart .row').forEach(row=>{",
            "  const label=row.querySelector('.label'), vals=row.querySelector('.vals');",
            "  const l=label.getBoundingClientRect(), r=row.getBoundingClientRect(), v=vals.getBoundingClientRect();",
            "  if(label.scrollWidth>label.clientWidth+1) p.push('label cut: '+label.textContent);",
            "  if(l.left<r.left-0.5||l.right>v.left+0.5) p.push('label outside its column: '+label.textContent+' '+l.left+'..'+l.right+' bars at '+v.left);",
            "  row.querySelectorAll('.b').forEach(b=>{if(b.getBoundingClientRect().width<1) p.push('invisible bar: '+label.textContent);});",
            "  row.querySelectorAll('.v').forEach(n=>{const b=n.getBoundingClientRect(); if(b.right>r.right+0.5) p.push('number outside the chart: '+label.textContent);});",
            "});",
            "document.querySelectorAll('.date').forEach(d=>{",
            "  const range=document.createRange(); range.selectNodeContents(d);",
            "  const lines=new Set(Array.from(range.getClientRects()).map(x=>Math.round(x.top)));",
            "  if(lines.size>1) p.push('date wraps: '+d.textContent);",
            "});",
            "document.querySelectorAll('svg.trend text').forEach(t=>{",
            "  const b=t.getBBox(), svg=t.ownerSVGElement.viewBox.baseVal;",
            "  if(b.x<0||b.x+b.width>svg.width||b.y<0||b.y+b.height>svg.height) p.push('trend text outside the chart: '+t.textContent);",
            "});",
            "const w=document.documentElement.scrollWidth;",
            "if(w>window.innerWidth) p.push('page wider than the window: '+w+' > '+window.innerWidth);",
            "document.body.setAttribute('data-problems',p.join('\\n'));",
            "document.body.setAttribute('data-measured',String(document.querySelectorAll('.chart .row').length));",
            "})();",
            "</script>");

    @TempDir
    static Path dir;
    static String chromium;

    @BeforeAll
    static void findChromium() {
        chromium = find();
        Assumptions.assumeTrue(chromium != null,
                "Chromium is not installed: the HTML report is not rendered in a browser here (Debian: apt-get install chromium)");
    }

    /**
     * At 1200 px (the screen) and at 794 px (A4's 210 mm at 96 px an inch: what is printed), in
     * both languages, with and without detail.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
            "october.nl.html, 1200", "october.nl.html, 794",
            "october.en.html, 1200", "october.en.html, 794",
            "october.detail.en.html, 1200", "october.detail.en.html, 794"})
    void noLabelOverflowsItsBoxNoDateWrapsAndThePageFitsTheWindow(String golden, int width) throws Exception {
        String html = Files.readString(Golden.FOLDER.resolve(golden));
        assertTrue(html.contains("@page{size:A4"), "laid out for A4");
        assertTrue(!html.contains("<script"), "the shipped document has no script");
        String body = render(golden.replace(".html", "") + "-" + width + ".html", html, width);
        Matcher measured = Pattern.compile("data-measured=\"(\\d+)\"").matcher(body);
        assertTrue(measured.find(), "the measuring script ran:\n" + body);
        assertTrue(Integer.parseInt(measured.group(1)) > 10, "charts measured: " + measured.group(1));
        Matcher problems = Pattern.compile("data-problems=\"([^\"]*)\"").matcher(body);
        assertTrue(problems.find(), body);
        assertEquals("", problems.group(1).replace("&amp;", "&"), golden + " at " + width + " px");
    }

    @org.junit.jupiter.api.Test
    void printedItComesOutOnA4() throws Exception {
        Path file = dir.resolve("print.html");
        Files.copy(Golden.FOLDER.resolve("october.nl.html"), file);
        Path pdf = dir.resolve("print.pdf");
        Path profile = Files.createDirectories(dir.resolve("profile-print"));
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, file.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within two minutes");
        }
        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)").matcher(bytes);
        assertTrue(box.find(), "a page size in the PDF");
        // A4 is 595 x 842 points; Letter would be 612 x 792.
        assertEquals(595, Math.round(Double.parseDouble(box.group(1))), "width in points");
        assertEquals(842, Math.round(Double.parseDouble(box.group(2))), "height in points");
    }

    /** The page's DOM after layout, from a copy of {@code html} without its content security policy and with the measuring script. */
    private static String render(String name, String html, int width) throws IOException, InterruptedException {
        String copy = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", MEASURE + "\n</body>");
        Path file = dir.resolve(name);
        Files.writeString(file, copy);
        Path profile = Files.createDirectories(dir.resolve("profile-" + name));
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + ",1000", "--dump-dom", file.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within two minutes");
        }
        assertEquals(0, p.exitValue(), "chromium exit code");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            String path = System.getenv("PATH");
            if (path == null) {
                return null;
            }
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
