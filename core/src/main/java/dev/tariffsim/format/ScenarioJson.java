package dev.tariffsim.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.finance.FinancingMix;
import dev.tariffsim.finance.FundingSource;
import dev.tariffsim.finance.GuaranteeBook;
import dev.tariffsim.finance.ReserveAccount;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.InvestmentVehicle;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.pledge.ShipbuildingTranche;
import dev.tariffsim.pledge.Waterfall;
import dev.tariffsim.random.CorrelationMatrix;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.scenario.ScenarioFormatException;
import dev.tariffsim.tariff.ForcedRegime;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.tariff.Stacking;
import dev.tariffsim.tariff.TariffMeasure;
import dev.tariffsim.tariff.TariffSchedule;
import dev.tariffsim.trade.TradeResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes scenarios as JSON ({@code docs/scenario-format.md}). Reading is strict: malformed JSON, a
 * duplicate key, an unknown field, a missing required field, a value of the wrong type or out of range, each
 * raise a {@link ScenarioFormatException} whose message names the field by its path in the file and the value.
 * Writing then reading gives an equal scenario. Thread-safe.
 */
public final class ScenarioJson {
    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private ScenarioJson() {
    }

    /**
     * Reads a scenario file.
     *
     * @throws ScenarioFormatException if the file is missing, unreadable or invalid; the message names the file
     */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioFormatException("scenario file not found: " + file);
        } catch (IOException e) {
            throw new ScenarioFormatException("cannot read scenario file " + file + ": " + e.getMessage(), e);
        }
        try {
            return read(text);
        } catch (ScenarioFormatException e) {
            throw new ScenarioFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @throws ScenarioFormatException if the text is not a valid scenario
     */
    public static Scenario read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                : JsonIn.fmt("line %d, column %d: ", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new ScenarioFormatException("malformed JSON at " + where + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioFormatException("malformed JSON: the file is empty");
        }
        return scenario(new JsonIn(root, ""));
    }

    private static Scenario scenario(JsonIn in) {
        in.object("formatVersion", "name", "description", "start", "horizonMonths", "discountRate", "regimes", "lines",
            "trade", "demand", "fx", "correlation", "pledge", "financing", "reserves");
        int version = in.integer("formatVersion");
        if (version != FORMAT_VERSION) {
            throw JsonIn.error("formatVersion", "is not a version this library reads: " + version + " (expected 1)");
        }
        String name = in.text("name");
        String description = in.has("description") ? in.text("description") : "";
        YearMonth start = yearMonth(in, "start");
        int horizon = in.integer("horizonMonths");
        double discount = in.number("discountRate");
        RegimeChain regimes = regimes(in.get("regimes"));
        List<ProductLine> lines = new ArrayList<>();
        for (JsonIn l : in.array("lines")) {
            lines.add(line(l));
        }
        JsonIn t = in.get("trade").object("passThrough", "elasticity");
        TradeResponse trade = t.build(() -> new TradeResponse(DistributionJson.read(t.get("passThrough")),
            DistributionJson.read(t.get("elasticity"))));
        JsonIn d = in.get("demand").object("drift", "volatility");
        DemandProcess demand = d.build(() -> new DemandProcess(d.number("drift"), d.number("volatility")));
        JsonIn f = in.get("fx").object("initial", "longRun", "meanReversion", "volatility");
        FxProcess fx = f.build(() -> new FxProcess(f.number("initial"), f.number("longRun"), f.number("meanReversion"),
            f.number("volatility")));
        double[][] matrix = in.matrix("correlation");
        CorrelationMatrix correlation = in.build(() -> CorrelationMatrix.of(matrix));
        Pledge pledge = pledge(in.get("pledge"));
        JsonIn fin = in.get("financing").object("sources");
        List<FundingSource> sources = new ArrayList<>();
        for (JsonIn s : fin.array("sources")) {
            s.object("name", "weight", "annualRate", "drawsOnReserves");
            sources.add(s.build(() -> new FundingSource(s.text("name"), s.number("weight"), s.number("annualRate"),
                s.bool("drawsOnReserves"))));
        }
        FinancingMix financing = fin.build(() -> new FinancingMix(sources));
        JsonIn r = in.get("reserves").object("initial", "annualYield", "retainedIncomeShare", "floor",
            "interventionIntensity", "interventionThreshold", "receiptsToReserves");
        ReserveAccount reserves = r.build(() -> new ReserveAccount(r.number("initial"), r.number("annualYield"),
            r.number("retainedIncomeShare"), r.number("floor"), r.number("interventionIntensity"),
            r.numberOrNone("interventionThreshold"), r.number("receiptsToReserves")));
        return in.build(() -> new Scenario(name, description, start, horizon, discount, regimes, lines, trade, demand,
            fx, correlation, pledge, financing, reserves));
    }

    private static YearMonth yearMonth(JsonIn in, String field) {
        String s = in.text(field);
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw JsonIn.error(in.child(field), "is not a month of the form YYYY-MM: \"" + s + "\"");
        }
    }

    private static LocalDate date(JsonIn in, String field) {
        String s = in.text(field);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw JsonIn.error(in.child(field), "is not a date of the form YYYY-MM-DD: \"" + s + "\"");
        }
    }

    private static RegimeChain regimes(JsonIn in) {
        in.object("states", "initial", "transitions", "forced");
        List<Regime> states = new ArrayList<>();
        for (JsonIn s : in.array("states")) {
            s.object("name", "dealInForce");
            states.add(s.build(() -> new Regime(s.text("name"), s.bool("dealInForce"))));
        }
        List<ForcedRegime> forced = new ArrayList<>();
        if (in.has("forced")) {
            for (JsonIn f : in.array("forced")) {
                f.object("regime", "from", "until");
                YearMonth from = yearMonth(f, "from");
                YearMonth until = f.has("until") ? yearMonth(f, "until") : null;
                forced.add(f.build(() -> new ForcedRegime(f.text("regime"), from, until)));
            }
        }
        String initial = in.text("initial");
        double[][] m = in.matrix("transitions");
        return in.build(() -> RegimeChain.of(states, initial, m, forced));
    }

    private static ProductLine line(JsonIn in) {
        in.object("name", "hsCode", "annualValue", "rates", "counterfactualRate", "qualifiesForDeal", "schedule",
            "valueAddedShare", "affiliateShare", "fobAbsorption");
        Map<String, Double> rates = new LinkedHashMap<>();
        JsonIn r = in.get("rates");
        if (!r.node.isObject()) {
            throw JsonIn.error(r.path, "is not an object of regime names to rates: " + JsonIn.describe(r.node));
        }
        Iterator<String> names = r.node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            rates.put(n, r.number(n));
        }
        TariffSchedule schedule = null;
        if (in.has("schedule")) {
            JsonIn s = in.get("schedule").object("baseRate", "measures");
            List<TariffMeasure> measures = new ArrayList<>();
            for (JsonIn m : s.array("measures")) {
                m.object("name", "from", "until", "rate", "stacking");
                LocalDate from = date(m, "from");
                LocalDate until = m.has("until") ? date(m, "until") : null;
                Stacking stacking = stacking(m);
                measures.add(m.build(() -> new TariffMeasure(m.text("name"), from, until, m.number("rate"), stacking)));
            }
            schedule = s.build(() -> new TariffSchedule(s.number("baseRate"), measures));
        }
        TariffSchedule sched = schedule;
        return in.build(() -> new ProductLine(in.text("name"), in.has("hsCode") ? in.text("hsCode") : "",
            in.number("annualValue"), rates, in.number("counterfactualRate"),
            !in.has("qualifiesForDeal") || in.bool("qualifiesForDeal"), sched, in.number("valueAddedShare"),
            in.number("affiliateShare"), in.number("fobAbsorption")));
    }

    private static Stacking stacking(JsonIn m) {
        String s = m.text("stacking");
        return switch (s) {
            case "additive" -> Stacking.ADDITIVE;
            case "allIn" -> Stacking.ALL_IN;
            default -> throw JsonIn.error(m.child("stacking"), "is not \"additive\" or \"allIn\": \"" + s + "\"");
        };
    }

    private static Pledge pledge(JsonIn in) {
        in.object("cash", "vehicle", "waterfall", "shipbuilding");
        JsonIn c = in.get("cash").object("total", "annualCap", "safeguardRate", "safeguardFactor", "capitalCalls");
        CapitalCalls calls = null;
        if (c.has("capitalCalls")) {
            JsonIn k = c.get("capitalCalls").object("callsPerYear", "sizeMeanLog", "sizeSdLog", "deadlineBusinessDays",
                "snapBackProbability", "snapBackRegime");
            calls = k.build(() -> new CapitalCalls(k.number("callsPerYear"), k.number("sizeMeanLog"),
                k.number("sizeSdLog"), k.integer("deadlineBusinessDays"), k.number("snapBackProbability"),
                k.text("snapBackRegime")));
        }
        CapitalCalls capitalCalls = calls;
        CashTranche cash = c.build(() -> new CashTranche(c.number("total"), c.number("annualCap"),
            c.numberOrNone("safeguardRate"), c.number("safeguardFactor"), capitalCalls));
        JsonIn v = in.get("vehicle").object("capitalGrowth", "cashYield", "volatility");
        InvestmentVehicle vehicle = v.build(() -> new InvestmentVehicle(v.number("capitalGrowth"), v.number("cashYield"),
            v.number("volatility")));
        JsonIn w = in.get("waterfall").object("shareBeforeRecoup", "shareAfterRecoup", "recoupRate");
        Waterfall waterfall = w.build(() -> new Waterfall(w.number("shareBeforeRecoup"), w.number("shareAfterRecoup"),
            w.number("recoupRate")));
        JsonIn s = in.get("shipbuilding").object("equity", "equityReturn", "loans", "loanRate", "loanLossRate",
            "guarantees");
        JsonIn g = s.get("guarantees").object("total", "projects", "annualDefaultProbability", "lossGivenDefault",
            "assetCorrelation", "annualFee");
        GuaranteeBook book = g.build(() -> new GuaranteeBook(g.number("total"), g.integer("projects"),
            g.number("annualDefaultProbability"), g.number("lossGivenDefault"), g.number("assetCorrelation"),
            g.number("annualFee")));
        ShipbuildingTranche ship = s.build(() -> new ShipbuildingTranche(s.number("equity"), s.number("equityReturn"),
            s.number("loans"), s.number("loanRate"), s.number("loanLossRate"), book));
        return in.build(() -> new Pledge(cash, vehicle, waterfall, ship));
    }

    /** The scenario as JSON text, in the format {@link #read(String)} reads. */
    public static String write(Scenario s) {
        try {
            return MAPPER.writeValueAsString(ScenarioJsonWriter.toJson(s)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario " + s.name(), e);
        }
    }

    /** Writes the scenario to a file. @throws IOException if the file cannot be written */
    public static void write(Scenario s, Path file) throws IOException {
        Files.writeString(file, write(s), StandardCharsets.UTF_8);
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode newArray() {
        return MAPPER.createArrayNode();
    }
}
