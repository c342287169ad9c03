package dev.tariffsim.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.tariff.Displacement;
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.Market;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Rival;
import dev.tariffsim.tariff.Stacking;
import dev.tariffsim.tariff.TariffMeasure;
import dev.tariffsim.tariff.TariffSchedule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes product lines (rates, dated schedule, market with rivals, local production) and legal events,
 * for {@link ScenarioJson}. Package-private.
 */
final class LineJson {
    private LineJson() {
    }

    static ProductLine line(JsonIn in) {
        in.object("name", "hsCode", "annualValue", "rates", "counterfactualRate", "qualifiesForDeal", "schedule",
            "valueAddedShare", "affiliateShare", "fobAbsorption", "market", "displacement");
        Map<String, Double> rates = rates(in.get("rates"));
        TariffSchedule schedule = in.has("schedule") ? schedule(in.get("schedule")) : null;
        Market market = in.has("market") ? market(in.get("market")) : null;
        Displacement displacement = in.has("displacement") ? displacement(in.get("displacement")) : null;
        return in.build(() -> new ProductLine(in.text("name"), in.has("hsCode") ? in.text("hsCode") : "",
            in.number("annualValue"), rates, in.number("counterfactualRate"),
            !in.has("qualifiesForDeal") || in.bool("qualifiesForDeal"), schedule, in.number("valueAddedShare"),
            in.number("affiliateShare"), in.number("fobAbsorption"), market, displacement));
    }

    private static Map<String, Double> rates(JsonIn r) {
        if (!r.node.isObject()) {
            throw JsonIn.error(r.path, "is not an object of regime names to rates: " + JsonIn.describe(r.node));
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        Iterator<String> names = r.node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            rates.put(n, r.number(n));
        }
        return rates;
    }

    private static TariffSchedule schedule(JsonIn s) {
        s.object("baseRate", "measures");
        List<TariffMeasure> measures = new ArrayList<>();
        for (JsonIn m : s.array("measures")) {
            m.object("name", "from", "until", "rate", "stacking", "legalBasis");
            LocalDate from = date(m, "from");
            LocalDate until = m.has("until") ? date(m, "until") : null;
            Stacking stacking = stacking(m);
            measures.add(m.build(() -> new TariffMeasure(m.text("name"), from, until, m.number("rate"), stacking,
                m.has("legalBasis") ? m.text("legalBasis") : "")));
        }
        return s.build(() -> new TariffSchedule(s.number("baseRate"), measures));
    }

    private static Market market(JsonIn m) {
        m.object("koreaShare", "rivals");
        List<Rival> rivals = new ArrayList<>();
        for (JsonIn r : m.array("rivals")) {
            r.object("name", "share", "rates", "schedule");
            Map<String, Double> rates = r.has("rates") ? rates(r.get("rates")) : Map.of();
            TariffSchedule schedule = r.has("schedule") ? schedule(r.get("schedule")) : null;
            rivals.add(r.build(() -> new Rival(r.text("name"), r.number("share"), rates, schedule)));
        }
        return m.build(() -> new Market(m.number("koreaShare"), rivals));
    }

    private static Displacement displacement(JsonIn d) {
        d.object("withDeal", "withoutDeal");
        List<Displacement.Step> with = steps(d, "withDeal");
        List<Displacement.Step> without = d.has("withoutDeal") ? steps(d, "withoutDeal") : List.of();
        return d.build(() -> new Displacement(with, without));
    }

    private static List<Displacement.Step> steps(JsonIn d, String field) {
        List<Displacement.Step> out = new ArrayList<>();
        for (JsonIn s : d.array(field)) {
            s.object("from", "share");
            YearMonth from = yearMonth(s, "from");
            out.add(s.build(() -> new Displacement.Step(from, s.number("share"))));
        }
        return out;
    }

    static List<LegalEvent> legalEvents(JsonIn in) {
        List<LegalEvent> out = new ArrayList<>();
        for (JsonIn e : in.elements()) {
            e.object("name", "basis", "date", "probability", "replacement");
            LocalDate date = date(e, "date");
            LegalEvent.Replacement replacement = null;
            if (e.has("replacement")) {
                JsonIn r = e.get("replacement").object("basis", "rate", "days");
                replacement = r.build(() -> new LegalEvent.Replacement(r.text("basis"), r.number("rate"),
                    r.integer("days")));
            }
            LegalEvent.Replacement rep = replacement;
            out.add(e.build(() -> new LegalEvent(e.text("name"), e.text("basis"), date, e.number("probability"), rep)));
        }
        return out;
    }

    static YearMonth yearMonth(JsonIn in, String field) {
        String s = in.text(field);
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw JsonIn.error(in.child(field), "is not a month of the form YYYY-MM: \"" + s + "\"");
        }
    }

    static LocalDate date(JsonIn in, String field) {
        String s = in.text(field);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw JsonIn.error(in.child(field), "is not a date of the form YYYY-MM-DD: \"" + s + "\"");
        }
    }

    private static Stacking stacking(JsonIn m) {
        String s = m.text("stacking");
        return switch (s) {
            case "additive" -> Stacking.ADDITIVE;
            case "allIn" -> Stacking.ALL_IN;
            default -> throw JsonIn.error(m.child("stacking"), "is not \"additive\" or \"allIn\": \"" + s + "\"");
        };
    }

    static ObjectNode write(ProductLine l) {
        ObjectNode o = ScenarioJson.newObject();
        o.put("name", l.name());
        o.put("hsCode", l.hsCode());
        o.put("annualValue", l.annualValue());
        writeRates(o.putObject("rates"), l.rates());
        o.put("counterfactualRate", l.counterfactualRate());
        o.put("qualifiesForDeal", l.qualifiesForDeal());
        o.put("valueAddedShare", l.valueAddedShare());
        o.put("affiliateShare", l.affiliateShare());
        o.put("fobAbsorption", l.fobAbsorption());
        if (l.schedule() != null) {
            o.set("schedule", write(l.schedule()));
        }
        if (l.market() != null) {
            ObjectNode m = o.putObject("market").put("koreaShare", l.market().koreaShare());
            ArrayNode rivals = m.putArray("rivals");
            for (Rival r : l.market().rivals()) {
                ObjectNode ro = rivals.addObject().put("name", r.name()).put("share", r.share());
                writeRates(ro.putObject("rates"), r.rates());
                if (r.schedule() != null) {
                    ro.set("schedule", write(r.schedule()));
                }
            }
        }
        if (l.displacement() != null) {
            ObjectNode d = o.putObject("displacement");
            writeSteps(d.putArray("withDeal"), l.displacement().withDeal());
            writeSteps(d.putArray("withoutDeal"), l.displacement().withoutDeal());
        }
        return o;
    }

    private static void writeRates(ObjectNode o, Map<String, Double> rates) {
        for (Map.Entry<String, Double> e : rates.entrySet()) {
            o.put(e.getKey(), e.getValue());
        }
    }

    private static void writeSteps(ArrayNode a, List<Displacement.Step> steps) {
        for (Displacement.Step s : steps) {
            a.addObject().put("from", s.from().toString()).put("share", s.share());
        }
    }

    private static ObjectNode write(TariffSchedule schedule) {
        ObjectNode s = ScenarioJson.newObject();
        s.put("baseRate", schedule.baseRate());
        ArrayNode ms = s.putArray("measures");
        for (TariffMeasure m : schedule.measures()) {
            ObjectNode mo = ms.addObject().put("name", m.name()).put("from", m.from().toString());
            if (m.until() != null) {
                mo.put("until", m.until().toString());
            }
            mo.put("rate", m.rate()).put("stacking", m.stacking() == Stacking.ALL_IN ? "allIn" : "additive");
            if (!m.legalBasis().isEmpty()) {
                mo.put("legalBasis", m.legalBasis());
            }
        }
        return s;
    }

    static ArrayNode write(List<LegalEvent> events) {
        ArrayNode a = ScenarioJson.newArray();
        for (LegalEvent e : events) {
            ObjectNode o = a.addObject().put("name", e.name()).put("basis", e.basis()).put("date", e.date().toString())
                .put("probability", e.probability());
            if (e.replacement() != null) {
                o.putObject("replacement").put("basis", e.replacement().basis()).put("rate", e.replacement().rate())
                    .put("days", e.replacement().days());
            }
        }
        return a;
    }
}
