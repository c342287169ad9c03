package dev.tariffsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tariffsim.engine.Cancellation;
import dev.tariffsim.engine.MonteCarlo;
import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.TestModels;
import dev.tariffsim.engine.SimulationResult;
import dev.tariffsim.random.RandomStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportFormatTest {
    private static final String AWKWARD = "cars, \"EU-built\"\nand parts";

    /** A model with an awkwardly named metric, event and series, on calendar months from 2025-11. */
    private static PathModel model(String name) {
        OutputSpec.Builder b = OutputSpec.builder();
        b.metric(AWKWARD, "USD bn", "a metric with an awkward name");
        b.event("breach, early", "an event with a comma");
        b.series("reserves, \"net\"", 3, "USD bn", "a series with quotes");
        OutputSpec spec = b.build();
        return TestModels.of(name, YearMonth.of(2025, 11), spec, random -> {
            RandomStream u = random.stream("u");
            return out -> {
                double x = u.nextUniform();
                out.metric(0, x);
                out.metric(1, x < 0.1 ? 1 : 0);
                for (int t = 0; t < 3; t++) {
                    out.series(0, t, x + t);
                }
            };
        });
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void csvQuotesNamesAsRfc4180Says() {
        SimulationResult r = MonteCarlo.builder().paths(2_000).seed(1).build().run(model("a \"quoted\", name"));
        List<List<String>> rows = parseCsv(ReportFormat.CSV.render(r));
        List<List<String>> data = rows.stream().filter(x -> !x.get(0).startsWith("#")).toList();
        assertThat(data.get(0)).hasSize(20).startsWith("kind", "name", "month");
        assertThat(data).allSatisfy(x -> assertThat(x).hasSize(20));
        assertThat(data.get(1)).startsWith("metric", AWKWARD, "");
        assertThat(data.get(2)).startsWith("metric", "breach, early", "");
        assertThat(data.get(3)).startsWith("series", "reserves, \"net\"", "2025-11");
        assertThat(data).hasSize(1 + 2 + 3);
        assertThat(rows.get(0).get(0)).startsWith("# scenario=a \"quoted\"");
    }

    @Test
    void anEmptyResultIsWellFormedAndMarkedInEveryFormat() throws Exception {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        SimulationResult r = MonteCarlo.builder().paths(5_000).cancellation(cancel).build().run(model("cancelled"));
        assertThat(r.isEmpty()).isTrue();
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(f.render(r)).as(f.id()).isNotBlank();
        }
        JsonNode json = JsonMapper.builder().build().readTree(ReportFormat.JSON.render(r));
        assertThat(json.at("/run/empty").asBoolean()).isTrue();
        assertThat(json.at("/run/paths").asLong()).isZero();
        assertThat(json.at("/metrics/breach, early/probabilityLow").isNull()).isTrue();
        assertThat(ReportFormat.CSV.render(r)).contains("empty=true");
        assertThat(parseCsv(ReportFormat.CSV.render(r))).filteredOn(x -> !x.get(0).startsWith("#"))
            .allSatisfy(x -> assertThat(x).hasSize(20));
        assertThat(ReportFormat.TABLE.render(r)).contains("EMPTY RESULT").contains("n/a");
    }

    @Test
    void theResultCarriesWhatTheReportsPrint() throws Exception {
        SimulationResult r = MonteCarlo.builder().paths(2_000).seed(1).build().run(model("reference"));
        JsonNode json = JsonMapper.builder().build().readTree(ReportFormat.JSON.render(r));
        assertThat(json.at("/run/scenario").asText()).isEqualTo("reference");
        assertThat(json.at("/run/start").asText()).isEqualTo("2025-11");
        assertThat(json.at("/series/reserves, \"net\"/2/month").asText()).isEqualTo("2026-01");
        assertThat(json.at("/convergence/" + AWKWARD.replace("~", "~0").replace("/", "~1") + "/0/paths").asLong())
            .isEqualTo(MonteCarlo.BATCH);
        String table = ReportFormat.TABLE.render(r);
        assertThat(table).startsWith("reference: 2,000 paths").contains("bands (P5 / P50 / P95)").contains("2025-11 ")
            .doesNotContain("2026-01 ");
    }

    @Test
    void formatsAreChosenByTheirIds() {
        assertThat(ReportFormat.choices()).isEqualTo("table|json|csv");
        assertThat(ReportFormat.of("json")).isEqualTo(ReportFormat.JSON);
        assertThatThrownBy(() -> ReportFormat.of("xml")).hasMessageContaining("table|json|csv").hasMessageContaining("xml");
    }
}
