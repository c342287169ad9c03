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
import dev.tariffsim.macro.ObservedPath;
import dev.tariffsim.macro.SpotImpact;
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
import dev.tariffsim.tariff.LegalEvent;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.trade.TradeResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Reads one random input's distribution as it stands in a scenario file: a bare number (fixed) or an object
     * with {@code "type"} and the family's parameters ({@code docs/scenario-format.md}).
     *
     * @param node the distribution's JSON
     * @param path where it stands in the file ({@code trade.passThrough}), for messages
     * @throws ScenarioFormatException if the node is not a valid distribution
     */
    public static dev.tariffsim.random.Distribution readDistribution(JsonNode node, String path) {
        return DistributionJson.read(new JsonIn(node, path));
    }

    private static Scenario scenario(JsonIn in) {
        in.object("formatVersion", "name", "description", "start", "horizonMonths", "discountRate", "regimes", "lines",
            "trade", "demand", "fx", "correlation", "pledge", "financing", "reserves", "legalEvents");
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
            lines.add(LineJson.line(l));
        }
        JsonIn t = in.get("trade").object("passThrough", "elasticity", "substitution", "marketElasticity");
        TradeResponse trade = t.build(() -> new TradeResponse(DistributionJson.read(t.get("passThrough")),
            DistributionJson.read(t.get("elasticity")),
            t.has("substitution") ? DistributionJson.read(t.get("substitution")) : null,
            t.has("marketElasticity") ? DistributionJson.read(t.get("marketElasticity")) : null));
        JsonIn d = in.get("demand").object("drift", "volatility", "observed");
        ObservedPath dObs = d.has("observed") ? observed(d) : null;
        DemandProcess demand = d.build(() -> new DemandProcess(d.number("drift"), d.number("volatility"), dObs));
        JsonIn f = in.get("fx").object("initial", "longRun", "meanReversion", "volatility", "observed", "spotImpact");
        ObservedPath fObs = f.has("observed") ? observed(f) : null;
        SpotImpact spot = null;
        if (f.has("spotImpact")) {
            JsonIn si = f.get("spotImpact").object("spotShare", "impactPerBn");
            spot = si.build(() -> new SpotImpact(si.number("spotShare"), si.number("impactPerBn")));
        }
        SpotImpact spotImpact = spot;
        FxProcess fx = f.build(() -> new FxProcess(f.number("initial"), f.number("longRun"), f.number("meanReversion"),
            f.number("volatility"), fObs, spotImpact));
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
        List<LegalEvent> events = in.has("legalEvents") ? LineJson.legalEvents(in.get("legalEvents")) : List.of();
        return in.build(() -> new Scenario(name, description, start, horizon, discount, regimes, lines, trade, demand,
            fx, correlation, pledge, financing, reserves, events));
    }

    private static ObservedPath observed(JsonIn in) {
        double[] v = in.numbers("observed");
        return in.build(() -> ObservedPath.of(v));
    }

    private static YearMonth yearMonth(JsonIn in, String field) {
        return LineJson.yearMonth(in, field);
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

    private static Pledge pledge(JsonIn in) {
        in.object("cash", "vehicle", "waterfall", "shipbuilding");
        JsonIn c = in.get("cash").object("total", "annualCap", "safeguardRate", "safeguardFactor", "capitalCalls",
            "firstPayment", "safeguardGrantProbability");
        CapitalCalls calls = null;
        if (c.has("capitalCalls")) {
            JsonIn k = c.get("capitalCalls").object("callsPerYear", "sizeMeanLog", "sizeSdLog", "deadlineBusinessDays",
                "snapBackProbability", "snapBackRegime", "selectionDeadline");
            YearMonth deadline = k.has("selectionDeadline") ? yearMonth(k, "selectionDeadline") : null;
            calls = k.build(() -> new CapitalCalls(k.number("callsPerYear"), k.number("sizeMeanLog"),
                k.number("sizeSdLog"), k.integer("deadlineBusinessDays"), k.number("snapBackProbability"),
                k.text("snapBackRegime"), deadline));
        }
        CapitalCalls capitalCalls = calls;
        YearMonth first = c.has("firstPayment") ? yearMonth(c, "firstPayment") : null;
        CashTranche cash = c.build(() -> new CashTranche(c.number("total"), c.number("annualCap"),
            c.numberOrNone("safeguardRate"), c.number("safeguardFactor"), capitalCalls, first,
            c.has("safeguardGrantProbability") ? c.number("safeguardGrantProbability") : 1));
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
