package dev.tariffsim.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tariffsim.finance.FundingSource;
import dev.tariffsim.finance.GuaranteeBook;
import dev.tariffsim.finance.ReserveAccount;
import dev.tariffsim.macro.ObservedPath;
import dev.tariffsim.pledge.CapitalCalls;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.Pledge;
import dev.tariffsim.pledge.ShipbuildingTranche;
import dev.tariffsim.random.CorrelationMatrix;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.tariff.ForcedRegime;
import dev.tariffsim.tariff.ProductLine;
import dev.tariffsim.tariff.Regime;
import dev.tariffsim.tariff.RegimeChain;

/** The JSON tree of a scenario, field for field what {@link ScenarioJson} reads. Package-private. */
final class ScenarioJsonWriter {
    private ScenarioJsonWriter() {
    }

    static ObjectNode toJson(Scenario s) {
        ObjectNode o = ScenarioJson.newObject();
        o.put("formatVersion", ScenarioJson.FORMAT_VERSION);
        o.put("name", s.name());
        o.put("description", s.description());
        o.put("start", s.start().toString());
        o.put("horizonMonths", s.horizonMonths());
        o.put("discountRate", s.discountRate());
        o.set("regimes", regimes(s.regimes()));
        ArrayNode lines = o.putArray("lines");
        for (ProductLine l : s.lines()) {
            lines.add(LineJson.write(l));
        }
        ObjectNode trade = o.putObject("trade");
        trade.set("passThrough", distribution(s.trade().passThrough()));
        trade.set("elasticity", distribution(s.trade().elasticity()));
        if (s.trade().hasMarketResponse()) {
            trade.set("substitution", distribution(s.trade().substitution()));
            trade.set("marketElasticity", distribution(s.trade().marketElasticity()));
        }
        ObjectNode demand = o.putObject("demand").put("drift", s.demand().drift())
            .put("volatility", s.demand().volatility());
        observed(demand, s.demand().observed());
        ObjectNode fx = o.putObject("fx").put("initial", s.fx().initial()).put("longRun", s.fx().longRun())
            .put("meanReversion", s.fx().meanReversion()).put("volatility", s.fx().volatility());
        observed(fx, s.fx().observed());
        if (s.fx().spotImpact() != null) {
            fx.putObject("spotImpact").put("spotShare", s.fx().spotImpact().spotShare())
                .put("impactPerBn", s.fx().spotImpact().impactPerBn());
        }
        o.set("correlation", matrix(s.correlation()));
        o.set("pledge", pledge(s.pledge()));
        ArrayNode sources = o.putObject("financing").putArray("sources");
        for (FundingSource f : s.financing().sources()) {
            sources.addObject().put("name", f.name()).put("weight", f.weight()).put("annualRate", f.annualRate())
                .put("drawsOnReserves", f.drawsOnReserves());
        }
        ReserveAccount r = s.reserves();
        ObjectNode reserves = o.putObject("reserves").put("initial", r.initial()).put("annualYield", r.annualYield())
            .put("retainedIncomeShare", r.retainedIncomeShare()).put("floor", r.floor())
            .put("interventionIntensity", r.interventionIntensity());
        numberOrNone(reserves, "interventionThreshold", r.interventionThreshold());
        reserves.put("receiptsToReserves", r.receiptsToReserves());
        if (!s.legalEvents().isEmpty()) {
            o.set("legalEvents", LineJson.write(s.legalEvents()));
        }
        return o;
    }

    private static void observed(ObjectNode o, ObservedPath path) {
        if (path != null) {
            ArrayNode a = o.putArray("observed");
            for (double v : path.values()) {
                a.add(v);
            }
        }
    }

    private static void numberOrNone(ObjectNode o, String field, double v) {
        if (v == Double.POSITIVE_INFINITY) {
            o.put(field, "none");
        } else {
            o.put(field, v);
        }
    }

    private static ObjectNode regimes(RegimeChain chain) {
        ObjectNode o = ScenarioJson.newObject();
        ArrayNode states = o.putArray("states");
        for (Regime r : chain.regimes()) {
            states.addObject().put("name", r.name()).put("dealInForce", r.dealInForce());
        }
        o.put("initial", chain.initialName());
        ArrayNode m = o.putArray("transitions");
        for (double[] row : chain.transitions()) {
            ArrayNode a = m.addArray();
            for (double x : row) {
                a.add(x);
            }
        }
        if (!chain.forced().isEmpty()) {
            ArrayNode forced = o.putArray("forced");
            for (ForcedRegime f : chain.forced()) {
                ObjectNode fo = forced.addObject().put("regime", f.regime()).put("from", f.from().toString());
                if (f.until() != null) {
                    fo.put("until", f.until().toString());
                }
            }
        }
        return o;
    }

    private static ArrayNode matrix(CorrelationMatrix c) {
        ArrayNode m = ScenarioJson.newArray();
        for (double[] row : c.toArray()) {
            ArrayNode a = m.addArray();
            for (double x : row) {
                a.add(x);
            }
        }
        return m;
    }

    private static ObjectNode pledge(Pledge p) {
        ObjectNode o = ScenarioJson.newObject();
        CashTranche c = p.cash();
        ObjectNode cash = o.putObject("cash").put("total", c.total()).put("annualCap", c.annualCap());
        numberOrNone(cash, "safeguardRate", c.safeguardRate());
        cash.put("safeguardFactor", c.safeguardFactor());
        if (c.firstPayment() != null) {
            cash.put("firstPayment", c.firstPayment().toString());
        }
        if (c.safeguardGrantProbability() < 1) {
            cash.put("safeguardGrantProbability", c.safeguardGrantProbability());
        }
        if (c.capitalCalls() != null) {
            CapitalCalls k = c.capitalCalls();
            cash.putObject("capitalCalls").put("callsPerYear", k.callsPerYear()).put("sizeMeanLog", k.sizeMeanLog())
                .put("sizeSdLog", k.sizeSdLog()).put("deadlineBusinessDays", k.deadlineBusinessDays())
                .put("snapBackProbability", k.snapBackProbability()).put("snapBackRegime", k.snapBackRegime());
            if (k.selectionDeadline() != null) {
                cash.with("capitalCalls").put("selectionDeadline", k.selectionDeadline().toString());
            }
        }
        o.putObject("vehicle").put("capitalGrowth", p.vehicle().capitalGrowth()).put("cashYield", p.vehicle().cashYield())
            .put("volatility", p.vehicle().volatility());
        o.putObject("waterfall").put("shareBeforeRecoup", p.waterfall().shareBeforeRecoup())
            .put("shareAfterRecoup", p.waterfall().shareAfterRecoup()).put("recoupRate", p.waterfall().recoupRate());
        ShipbuildingTranche s = p.shipbuilding();
        ObjectNode ship = o.putObject("shipbuilding").put("equity", s.equity()).put("equityReturn", s.equityReturn())
            .put("loans", s.loans()).put("loanRate", s.loanRate()).put("loanLossRate", s.loanLossRate());
        GuaranteeBook g = s.guarantees();
        ship.putObject("guarantees").put("total", g.total()).put("projects", g.projects())
            .put("annualDefaultProbability", g.annualDefaultProbability()).put("lossGivenDefault", g.lossGivenDefault())
            .put("assetCorrelation", g.assetCorrelation()).put("annualFee", g.annualFee());
        return o;
    }

    static ObjectNode distribution(Distribution d) {
        ObjectNode o = ScenarioJson.newObject();
        o.put("type", d.family());
        if (d instanceof Distribution.Fixed f) {
            o.put("value", f.value());
        } else if (d instanceof Distribution.Uniform u) {
            o.put("min", u.min()).put("max", u.max());
        } else if (d instanceof Distribution.Normal n) {
            o.put("mean", n.mean()).put("sd", n.sd());
        } else if (d instanceof Distribution.TruncatedNormal t) {
            o.put("mu", t.mu()).put("sigma", t.sigma()).put("min", t.min()).put("max", t.max());
        } else if (d instanceof Distribution.LogNormal l) {
            o.put("meanLog", l.meanLog()).put("sdLog", l.sdLog());
        } else if (d instanceof Distribution.Triangular t) {
            o.put("min", t.min()).put("mode", t.mode()).put("max", t.max());
        } else if (d instanceof Distribution.Pert p) {
            o.put("min", p.min()).put("mode", p.mode()).put("max", p.max());
        } else if (d instanceof Distribution.Beta b) {
            o.put("alpha", b.alpha()).put("beta", b.beta()).put("min", b.min()).put("max", b.max());
        } else if (d instanceof Distribution.Discrete x) {
            ArrayNode v = o.putArray("values");
            for (double e : x.values()) {
                v.add(e);
            }
            ArrayNode p = o.putArray("probabilities");
            for (double e : x.probabilities()) {
                p.add(e);
            }
        }
        return o;
    }
}
