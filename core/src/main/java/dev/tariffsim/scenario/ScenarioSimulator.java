package dev.tariffsim.scenario;

import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.finance.FinancingMix;
import dev.tariffsim.finance.GuaranteeBook;
import dev.tariffsim.finance.ReserveAccount;
import dev.tariffsim.macro.DemandProcess;
import dev.tariffsim.macro.FxProcess;
import dev.tariffsim.pledge.CashTranche;
import dev.tariffsim.pledge.InvestmentVehicle;
import dev.tariffsim.pledge.ShipbuildingTranche;
import dev.tariffsim.pledge.Waterfall;
import dev.tariffsim.random.CorrelationMatrix;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import dev.tariffsim.tariff.RegimeChain;
import dev.tariffsim.trade.TradeEffects;
import java.util.Arrays;

/**
 * One worker's simulator of a {@link ScenarioModel}: the month loop of {@code docs/model.md}, section 3, in its
 * order. All scratch memory is allocated here, once; {@link #simulate} allocates nothing.
 */
final class ScenarioSimulator implements PathSimulator {
    private final ScenarioModel m;
    private final ScenarioModel.Outputs o;
    private final RandomStream tradeRng;
    private final RandomStream macroRng;
    private final RandomStream regimeRng;
    private final RandomStream guaranteeRng;
    private final RandomStream callRng;
    private final CallQueue calls;
    /** The correlation root, row-major: z = L n for the shocks (demand, FX, investment). */
    private final double l00, l01, l02, l10, l11, l12, l20, l21, l22;
    private final RegimeChain chain;
    private final Waterfall waterfall;
    private final GuaranteeBook book;

    // constants of the scenario
    private final double dt;
    private final double demandA;
    private final double demandB;
    private final double logTheta;
    private final double fxKappaDt;
    private final double fxB;
    private final double vehicleA;
    private final double vehicleB;
    private final double yieldDt;
    private final double cashCapMonthly;
    private final double total;
    private final double safeguardRate;
    private final double safeguardFactor;
    private final double rf;
    private final double reserveWeight;
    private final double[] sourceRateWeight;
    private final double reserveYieldDt;
    private final double beta;
    private final double interventionThreshold;
    private final double shipbuildingFixedNet;

    // scratch
    private final double[] valueFactor;
    private final double[] volumeFactor;
    private final double[] priceFactor;
    /** Per (line, rate) cell: sum of DF D, of DF D X, of D, and of D X over the first 12 months. */
    private final double[] discounted;
    private final double[] discountedKrw;
    private final double[] undiscounted;
    private final double[] firstYearKrw;

    ScenarioSimulator(ScenarioModel model, PathRandom random) {
        this.m = model;
        this.o = model.out;
        Scenario s = model.scenario;
        this.tradeRng = random.stream("trade");
        this.macroRng = random.stream("macro");
        this.regimeRng = random.stream("regime");
        this.guaranteeRng = random.stream("guarantees");
        CashTranche cash = s.pledge().cash();
        this.callRng = cash.capitalCalls() == null ? null : random.stream("capitalCalls");
        this.calls = cash.capitalCalls() == null ? null : new CallQueue(cash.capitalCalls(), cash.annualCap());
        CorrelationMatrix c = s.correlation();
        this.l00 = c.root(0, 0);
        this.l01 = c.root(0, 1);
        this.l02 = c.root(0, 2);
        this.l10 = c.root(1, 0);
        this.l11 = c.root(1, 1);
        this.l12 = c.root(1, 2);
        this.l20 = c.root(2, 0);
        this.l21 = c.root(2, 1);
        this.l22 = c.root(2, 2);
        this.chain = s.regimes();
        this.waterfall = s.pledge().waterfall();
        this.book = s.pledge().shipbuilding().guarantees();
        this.dt = Scenario.dt();
        DemandProcess d = s.demand();
        this.demandA = (d.drift() - 0.5 * d.volatility() * d.volatility()) * dt;
        this.demandB = d.volatility() * Math.sqrt(dt);
        FxProcess fx = s.fx();
        this.logTheta = Math.log(fx.longRun());
        this.fxKappaDt = fx.meanReversion() * dt;
        this.fxB = fx.volatility() * Math.sqrt(dt);
        InvestmentVehicle v = s.pledge().vehicle();
        this.vehicleA = (v.capitalGrowth() + v.cashYield() - 0.5 * v.volatility() * v.volatility()) * dt;
        this.vehicleB = v.volatility() * Math.sqrt(dt);
        this.yieldDt = v.cashYield() * dt;
        this.cashCapMonthly = cash.annualCap() / 12;
        this.total = cash.total();
        this.safeguardRate = cash.safeguardRate();
        this.safeguardFactor = cash.safeguardFactor();
        FinancingMix mix = s.financing();
        this.rf = mix.blendedRate();
        this.reserveWeight = mix.reserveWeight();
        this.sourceRateWeight = new double[mix.sources().size()];
        for (int k = 0; k < sourceRateWeight.length; k++) {
            sourceRateWeight[k] = mix.sources().get(k).weight() * mix.sources().get(k).annualRate();
        }
        ReserveAccount r = s.reserves();
        this.reserveYieldDt = r.annualYield() * dt;
        this.beta = r.interventionIntensity();
        this.interventionThreshold = r.interventionThreshold();
        this.shipbuildingFixedNet = equityAndLoanNet(s.pledge().shipbuilding(), model);
        this.valueFactor = new double[model.rates.length];
        this.volumeFactor = new double[model.rates.length];
        this.priceFactor = new double[model.rates.length];
        int cells = model.lineCount * model.rates.length;
        this.discounted = new double[cells];
        this.discountedKrw = new double[cells];
        this.undiscounted = new double[cells];
        this.firstYearKrw = new double[cells];
    }

    /** Present value of the equity and loan parts' net cost; deterministic. */
    private double equityAndLoanNet(ShipbuildingTranche ship, ScenarioModel model) {
        double funding = 0;
        for (int t = 0; t < model.months; t++) {
            funding += model.discount[t] * dt;
        }
        double last = model.discount[model.months - 1];
        double years = model.months / 12.0;
        double equity = ship.equity() * (1 + rf * funding) - ship.equity() * Math.pow(1 + ship.equityReturn(), years) * last;
        double loans = ship.loans() * (1 + (rf - ship.loanRate() + ship.loanLossRate()) * funding) - ship.loans() * last;
        return equity + loans;
    }

    @Override
    public void simulate(PathRecorder out) {
        final ScenarioModel m = this.m;
        final int months = m.months;
        final boolean series = out.recordsSeries();

        // 1. Path parameters.
        double phi = m.scenario.trade().passThrough().inverseCdf(tradeRng.nextUniform());
        double eps = m.scenario.trade().elasticity().inverseCdf(tradeRng.nextUniform());
        for (int k = 0; k < m.rates.length; k++) {
            double tau = m.rates[k];
            double q = TradeEffects.volume(phi, eps, tau);
            volumeFactor[k] = q;
            valueFactor[k] = q * TradeEffects.exporterPrice(phi, tau);
            priceFactor[k] = TradeEffects.landedPrice(phi, tau);
        }
        Arrays.fill(discounted, 0);
        Arrays.fill(discountedKrw, 0);
        Arrays.fill(undiscounted, 0);
        Arrays.fill(firstYearKrw, 0);
        if (calls != null) {
            calls.reset();
        }

        // 2. State at t = 0.
        int regime = chain.initial();
        double demand = 1;
        double x = Math.log(m.scenario.fx().initial());
        double nav = 0;
        double paidIn = 0;
        double receipts = 0;
        double toRecoup = 0;
        double reserves = m.scenario.reserves().initial();
        double minReserves = reserves;

        double contributions = 0;
        double koreaPv = 0;
        double outstandingPv = 0;
        int monthsInDeal = 0;
        boolean snapBack = false;

        // 3. Months. The model's arrays in locals: the JIT does not treat final instance fields as constants.
        final int[] forced = m.forced;
        final boolean[] dealInForce = m.dealInForce;
        final double[] discount = m.discount;
        final int[] rateIndex = m.rateIndex;
        final int lineCount = m.lineCount;
        final int regimeCount = m.regimeCount;
        final int rates = m.rates.length;
        final double[] discounted = this.discounted;
        final double[] discountedKrw = this.discountedKrw;
        final double[] undiscounted = this.undiscounted;
        final double[] firstYearKrw = this.firstYearKrw;
        final RandomStream macroRng = this.macroRng;
        final RandomStream regimeRng = this.regimeRng;
        final CallQueue calls = this.calls;
        for (int t = 0; t < months; t++) {
            if (forced[t] >= 0) {
                regime = forced[t];
            }
            final boolean deal = dealInForce[regime];
            final double df = discount[t];
            final double fxRate = Math.exp(x);
            if (deal) {
                monthsInDeal++;
            }

            // 3. Trade. Every line's base is its monthly value times D(t), and its flows are the base times a
            // factor of its rate, so the month adds D(t) (discounted, in KRW, ...) to the line's cell of the
            // rate in force; the path's end turns the cells into flows (see finishTrade).
            final double dd = df * demand;
            final double ddKrw = dd * fxRate;
            final double dKrw = demand * fxRate;
            for (int i = 0; i < lineCount; i++) {
                int cell = i * rates + rateIndex[(i * regimeCount + regime) * months + t];
                discounted[cell] += dd;
                discountedKrw[cell] += ddKrw;
                undiscounted[cell] += demand;
                if (t < 12) {
                    firstYearKrw[cell] += dKrw;
                }
            }

            // 4. Contribution.
            double c;
            if (calls == null) {
                double cap = deal ? cashCapMonthly : 0;
                if (fxRate > safeguardRate) {
                    cap = cap * safeguardFactor;
                }
                c = Math.min(cap, total - paidIn);
            } else {
                double factor = fxRate > safeguardRate ? safeguardFactor : 1;
                c = calls.month(t, deal, total - paidIn, factor, callRng);
                snapBack |= calls.snapBackNow();
            }
            double reservesNow = reserves;
            paidIn = paidIn + c;
            contributions += df * c;

            // 5. Investment vehicle.
            final double n0 = macroRng.nextGaussian();
            final double n1 = macroRng.nextGaussian();
            final double n2 = macroRng.nextGaussian();
            final double zDemand = l00 * n0 + l01 * n1 + l02 * n2;
            final double zFx = l10 * n0 + l11 * n1 + l12 * n2;
            final double zInvestment = l20 * n0 + l21 * n1 + l22 * n2;
            double growth = Math.exp(vehicleA + vehicleB * zInvestment);
            double navGross = (nav + c) * growth;
            double distribution = yieldDt * navGross;
            nav = navGross - distribution;
            toRecoup = waterfall.accrue(toRecoup, c, dt);
            double korea = waterfall.koreaShare(receipts, toRecoup) * distribution;
            receipts = receipts + korea;
            koreaPv += df * korea;

            // 6. Financing cost: fin(t) = O(t) rf dt; its present value is rf * sum DF O dt (per source w r * ...).
            outstandingPv += df * Math.max(0, paidIn - receipts) * dt;

            // 7. FX reserves.
            double intervention = beta * Math.max(0, fxRate / interventionThreshold - 1) * reserves;
            reserves = reserves * (1 + reserveYieldDt) - reserveWeight * c + korea - intervention;
            if (reserves < minReserves) {
                minReserves = reserves;
            }

            // 8. FX, 9. demand.
            x = x + fxKappaDt * (logTheta - x) + fxB * zFx;
            demand = demand * DemandProcess.step(demandA, demandB, zDemand);

            // 10. Regime transition.
            double u = regimeRng.nextDouble();
            regime = calls != null && calls.snapBackNow() ? m.snapBackRegime : chain.next(regime, u);

            if (series) {
                out.series(o.fxRate, t, fxRate);
                out.series(o.reserves, t, reservesNow);
                out.series(o.cumulativeContributions, t, paidIn);
                out.series(o.vehicleNav, t, nav);
                out.series(o.dealShare, t, deal ? 1 : 0);
            }
        }

        double terminal = waterfall.koreaShare(receipts, toRecoup) * nav * m.discount[months - 1];
        koreaPv += terminal;

        // Shipbuilding guarantees.
        int defaults = book.sampleDefaults(guaranteeRng, m.guaranteeThreshold);
        double exposure = book.exposure();
        double guaranteeLoss = defaults * exposure * book.lossGivenDefault() * m.guaranteeDiscount;
        double guaranteeFees = book.annualFee() * book.total() * m.feeAnnuity;
        double guaranteeNet = guaranteeLoss - guaranteeFees;
        double shipbuildingNet = guaranteeNet + shipbuildingFixedNet;
        double financingPv = rf * outstandingPv;
        double investmentNetCost = contributions + financingPv + shipbuildingNet - koreaPv;

        double dealSavingsPv = finishTrade(out);
        out.metric(o.contributions, contributions);
        out.metric(o.koreaReceipts, koreaPv);
        out.metric(o.financingCost, financingPv);
        out.metric(o.guaranteeNet, guaranteeNet);
        out.metric(o.investmentNetCost, investmentNetCost);
        out.metric(o.netDealValue, dealSavingsPv - investmentNetCost);
        out.metric(o.minReserves, minReserves);
        out.metric(o.reserveBreach, minReserves < m.scenario.reserves().floor() ? 1 : 0);
        out.metric(o.monthsInDeal, monthsInDeal);
        out.metric(o.guaranteeLoss, guaranteeLoss);
        out.metric(o.guaranteeFees, guaranteeFees);
        out.metric(o.shipbuildingNet, shipbuildingNet);
        out.metric(o.refusedCalls, calls == null ? 0 : calls.refusedCalls());
        out.metric(o.snapBack, snapBack ? 1 : 0);
        for (int k = 0; k < sourceRateWeight.length; k++) {
            out.metric(o.financingBySource[k], sourceRateWeight[k] * outstandingPv);
        }
        out.metric(o.passThrough, phi);
        out.metric(o.elasticity, eps);
    }

    /**
     * Turns the (line, rate) cells into the trade metrics. With {@code v} a line's monthly base value and
     * {@code f(k)} the export value factor of rate k ({@code q p/(1+tau)}): exports {@code v sum_k f(k) S(k)},
     * tariff {@code v sum_k tau_k f(k) S(k)}, loss {@code v sum_k (1 - f(k)) S(k)}, saving
     * {@code v sum_k (f(k) - f(kc)) S(k)}, where S is the cell's sum of DF D (or DF D X / 1000 for KRW).
     * Returns the deal savings.
     */
    private double finishTrade(PathRecorder out) {
        final ScenarioModel m = this.m;
        final int rates = m.rates.length;
        double tariffPaid = 0;
        double exporterLoss = 0;
        double exporterLossKrw = 0;
        double dealSavings = 0;
        double firstYear = 0;
        for (int i = 0; i < m.lineCount; i++) {
            double v = m.monthlyBase[i];
            int kc = m.counterfactualIndex[i];
            double exports = 0;
            double tariff = 0;
            double loss = 0;
            double saving = 0;
            double volume = 0;
            double volumeC = 0;
            double price = 0;
            double weight = 0;
            for (int k = 0; k < rates; k++) {
                int cell = i * rates + k;
                double sd = discounted[cell];
                double f = valueFactor[k];
                exports += f * sd;
                tariff += m.rates[k] * f * sd;
                loss += (1 - f) * sd;
                saving += (f - valueFactor[kc]) * sd;
                exporterLossKrw += v * (1 - f) * discountedKrw[cell] / 1000;
                firstYear += v * (f - valueFactor[kc]) * firstYearKrw[cell] / 1000;
                double su = undiscounted[cell];
                volume += volumeFactor[k] * su;
                volumeC += volumeFactor[kc] * su;
                price += (priceFactor[k] / priceFactor[kc] - 1) * su;
                weight += su;
            }
            int[] idx = o.line[i];
            out.metric(idx[0], v * exports);
            out.metric(idx[1], v * tariff);
            out.metric(idx[2], v * loss);
            out.metric(idx[3], v * saving);
            out.metric(idx[4], volumeC > 0 ? volume / volumeC - 1 : 0);
            out.metric(idx[5], weight > 0 ? price / weight : 0);
            tariffPaid += v * tariff;
            exporterLoss += v * loss;
            dealSavings += v * saving;
        }
        out.metric(o.tariffPaid, tariffPaid);
        out.metric(o.exporterLoss, exporterLoss);
        out.metric(o.exporterLossKrwTn, exporterLossKrw);
        out.metric(o.dealSavings, dealSavings);
        out.metric(o.firstYearSavingsKrwTn, firstYear);
        return dealSavings;
    }
}
