package dev.tariffsim.scenario;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.finance.FundingSource;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.tariff.ProductLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Scenario} as a path model: the equations of {@code docs/model.md} (the reference model's section 3),
 * month by month. Immutable; everything that does not depend on the path (tariff rates of every line, regime
 * and month, discount factors, copula threshold) is computed here once.
 *
 * <h2>Outputs</h2>
 * Metrics, all present values in USD billions unless named {@code ...KrwTn} or otherwise: {@value #METRICS}; per
 * funding source {@code financingCost.<source>}; per product line {@code lines.<line>.exportValue},
 * {@code .tariffRevenue}, {@code .exporterLoss}, {@code .dealSavings}, {@code .volumeChange} (total volume
 * against the counterfactual, minus 1) and {@code .usPriceChange} (US landed price against the counterfactual, minus 1,
 * weighted by tariff-free export value); the path's uncertain inputs {@code inputs.passThrough}, {@code inputs.elasticity}.
 * Series, per month: {@code fxRate}, {@code reserves}, {@code cumulativeContributions}, {@code vehicleNav},
 * {@code dealShare}.
 *
 * <h2>Random streams</h2>
 * {@code trade} (pass-through, then elasticity: one uniform each), {@code macro} (three normals a month),
 * {@code regime} (one uniform a month), {@code guarantees} (Y, then one normal per project), {@code capitalCalls}.
 * Two scenarios run with one seed share these streams (common random numbers).
 */
public final class ScenarioModel implements PathModel {
    /** The metrics of the reference model's section 4, in order. */
    public static final String METRICS = "tariffPaid, exporterLoss, exporterLossKrwTn, dealSavings, "
        + "firstYearSavingsKrwTn, contributions, koreaReceipts, financingCost, guaranteeNet, investmentNetCost, "
        + "netDealValue, minReserves, reserveBreach, monthsInDeal";

    final Scenario scenario;
    final int months;
    final int lineCount;
    final int regimeCount;
    /** Distinct tariff rates; index 0.. */
    final double[] rates;
    /** rateIndex[(line * regimeCount + regime) * months + t] into {@link #rates}. */
    final int[] rateIndex;
    /** Index into {@link #rates} of each line's counterfactual rate. */
    final int[] counterfactualIndex;
    final double[] monthlyBase;
    final boolean[] dealInForce;
    final int[] forced;
    final double[] discount;
    final double feeAnnuity;
    final double guaranteeThreshold;
    final double guaranteeDiscount;
    final int snapBackRegime;
    final Outputs out;

    /** The model of a scenario. */
    public ScenarioModel(Scenario scenario) {
        this.scenario = scenario;
        this.months = scenario.horizonMonths();
        this.lineCount = scenario.lines().size();
        this.regimeCount = scenario.regimes().size();
        List<Double> distinct = new ArrayList<>();
        this.rateIndex = new int[lineCount * regimeCount * months];
        this.counterfactualIndex = new int[lineCount];
        this.monthlyBase = new double[lineCount];
        for (int i = 0; i < lineCount; i++) {
            ProductLine line = scenario.lines().get(i);
            monthlyBase[i] = line.annualValue() / 12;
            counterfactualIndex[i] = indexOf(distinct, line.counterfactualRate());
            for (int s = 0; s < regimeCount; s++) {
                for (int t = 0; t < months; t++) {
                    double r = line.rate(scenario.regimes().regimes().get(s), scenario.start().plusMonths(t));
                    rateIndex[(i * regimeCount + s) * months + t] = indexOf(distinct, r);
                }
            }
        }
        this.rates = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        this.dealInForce = new boolean[regimeCount];
        for (int s = 0; s < regimeCount; s++) {
            dealInForce[s] = scenario.regimes().regimes().get(s).dealInForce();
        }
        this.forced = scenario.regimes().forcedPath(scenario.start(), months);
        double dt = Scenario.dt();
        this.discount = new double[months];
        double annuity = 0;
        for (int t = 0; t < months; t++) {
            discount[t] = Math.exp(-scenario.discountRate() * (t + 1) * dt);
            annuity += dt * discount[t];
        }
        this.feeAnnuity = annuity;
        this.guaranteeThreshold = scenario.pledge().shipbuilding().guarantees().threshold(months);
        this.guaranteeDiscount = Math.exp(-scenario.discountRate() * months / 24.0);
        this.snapBackRegime = scenario.pledge().cash().capitalCalls() == null ? -1
            : scenario.regimes().indexOf(scenario.pledge().cash().capitalCalls().snapBackRegime());
        this.out = new Outputs(scenario);
    }

    private static int indexOf(List<Double> distinct, double rate) {
        for (int k = 0; k < distinct.size(); k++) {
            if (distinct.get(k) == rate) {
                return k;
            }
        }
        distinct.add(rate);
        return distinct.size() - 1;
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The scenario's name. */
    @Override
    public String name() {
        return scenario.name();
    }

    /** The scenario's first month. */
    @Override
    public java.util.Optional<java.time.YearMonth> startMonth() {
        return java.util.Optional.of(scenario.start());
    }

    @Override
    public OutputSpec outputs() {
        return out.spec;
    }

    @Override
    public PathSimulator newSimulator(PathRandom random) {
        return new ScenarioSimulator(this, random);
    }

    /** Output indices. */
    static final class Outputs {
        final OutputSpec spec;
        final int tariffPaid;
        final int exporterLoss;
        final int exporterLossKrwTn;
        final int dealSavings;
        final int firstYearSavingsKrwTn;
        final int contributions;
        final int koreaReceipts;
        final int financingCost;
        final int guaranteeNet;
        final int investmentNetCost;
        final int netDealValue;
        final int minReserves;
        final int reserveBreach;
        final int monthsInDeal;
        final int guaranteeLoss;
        final int guaranteeFees;
        final int shipbuildingNet;
        final int refusedCalls;
        final int snapBack;
        final int[] financingBySource;
        final int[][] line; // [line][LINE_METRICS]
        final int passThrough;
        final int elasticity;
        final int fxRate;
        final int reserves;
        final int cumulativeContributions;
        final int vehicleNav;
        final int dealShare;

        static final String[] LINE_METRICS = {"exportValue", "tariffRevenue", "exporterLoss", "dealSavings",
            "volumeChange", "usPriceChange"};

        Outputs(Scenario s) {
            OutputSpec.Builder b = OutputSpec.builder();
            tariffPaid = b.metric("tariffPaid");
            exporterLoss = b.metric("exporterLoss");
            exporterLossKrwTn = b.metric("exporterLossKrwTn");
            dealSavings = b.metric("dealSavings");
            firstYearSavingsKrwTn = b.metric("firstYearSavingsKrwTn");
            contributions = b.metric("contributions");
            koreaReceipts = b.metric("koreaReceipts");
            financingCost = b.metric("financingCost");
            guaranteeNet = b.metric("guaranteeNet");
            investmentNetCost = b.metric("investmentNetCost");
            netDealValue = b.metric("netDealValue");
            minReserves = b.metric("minReserves");
            reserveBreach = b.event("reserveBreach");
            monthsInDeal = b.metric("monthsInDeal");
            guaranteeLoss = b.metric("guaranteeLoss");
            guaranteeFees = b.metric("guaranteeFees");
            shipbuildingNet = b.metric("shipbuildingNet");
            refusedCalls = b.metric("refusedCalls");
            snapBack = b.event("snapBack");
            List<FundingSource> sources = s.financing().sources();
            financingBySource = new int[sources.size()];
            for (int k = 0; k < sources.size(); k++) {
                financingBySource[k] = b.metric("financingCost." + sources.get(k).name());
            }
            line = new int[s.lines().size()][LINE_METRICS.length];
            for (int i = 0; i < line.length; i++) {
                for (int m = 0; m < LINE_METRICS.length; m++) {
                    line[i][m] = b.metric("lines." + s.lines().get(i).name() + "." + LINE_METRICS[m]);
                }
            }
            passThrough = b.metric("inputs.passThrough");
            elasticity = b.metric("inputs.elasticity");
            int t = s.horizonMonths();
            fxRate = b.series("fxRate", t);
            reserves = b.series("reserves", t);
            cumulativeContributions = b.series("cumulativeContributions", t);
            vehicleNav = b.series("vehicleNav", t);
            dealShare = b.series("dealShare", t);
            spec = b.build();
        }
    }
}
