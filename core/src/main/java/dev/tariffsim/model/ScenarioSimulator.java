package dev.tariffsim.model;

import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.finance.FinancingLedger;
import dev.tariffsim.finance.GuaranteeLosses;
import dev.tariffsim.finance.ReserveBalance;
import dev.tariffsim.macro.DemandStep;
import dev.tariffsim.macro.FxStep;
import dev.tariffsim.pledge.CashAccount;
import dev.tariffsim.pledge.VehicleAccount;
import dev.tariffsim.random.CorrelatedNormals3;
import dev.tariffsim.random.Distribution;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.trade.TradeLedger;
import java.util.Arrays;

/**
 * One worker's simulator of a {@link ScenarioModel}: the month loop of {@code docs/model.md}, section 3, one call
 * per step, each equation in its component. The components' per-path state ({@link TradeLedger},
 * {@link CashAccount}, {@link VehicleAccount}, {@link FinancingLedger}, {@link ReserveBalance}) is created here,
 * once, and reset per path; {@link #simulate} allocates nothing. Not thread-safe.
 */
final class ScenarioSimulator implements PathSimulator {
    private final ScenarioModel m;
    private final Outputs o;
    private final RandomStream tradeRng;
    private final RandomStream macroRng;
    private final RandomStream regimeRng;
    private final RandomStream guaranteeRng;
    private final RandomStream callRng;
    private final Distribution passThrough;
    private final Distribution elasticity;
    private final Distribution substitution;
    private final Distribution marketElasticity;
    private final RandomStream legalRng;
    private final double[] eventProbability;
    private final RandomStream safeguardRng;
    private final RegimeSteps regimes;
    /** Under a quasi-random design, the chain by sojourns (two walkers); null under plain Monte Carlo. */
    private final RegimeSojourns sojourns;
    private final RegimeSojourns.Walker walker = new RegimeSojourns.Walker();
    private final RegimeSojourns.Walker controlWalker = new RegimeSojourns.Walker();
    private final CorrelatedNormals3 shocks;
    private final FxStep fx;
    private final DemandStep demandStep;
    private final GuaranteeLosses guarantees;
    private final TradeLedger trade;
    private final CashAccount cash;
    private final VehicleAccount vehicle;
    private final FinancingLedger financing;
    private final ReserveBalance reserves;
    /** Per calendar year: contributions (USD bn, KRW tn) and Korea's receipts, undiscounted. */
    private final double[] yearPaid;
    private final double[] yearPaidKrwTn;
    private final double[] yearReceived;
    private final MonthlySeries monthly;

    ScenarioSimulator(ScenarioModel model, PathRandom random) {
        this.m = model;
        this.o = model.out;
        Scenario s = model.scenario;
        double dt = Scenario.dt();
        this.tradeRng = random.stream("trade");
        this.macroRng = random.stream("macro");
        this.regimeRng = random.stream("regime");
        this.guaranteeRng = random.stream("guarantees");
        this.passThrough = s.trade().passThrough();
        this.elasticity = s.trade().elasticity();
        this.substitution = s.trade().substitution();
        this.marketElasticity = s.trade().marketElasticity();
        this.eventProbability = new double[s.legalEvents().size()];
        for (int e = 0; e < eventProbability.length; e++) {
            eventProbability[e] = s.legalEvents().get(e).probability();
        }
        this.legalRng = eventProbability.length > 0 ? random.stream("legal") : null;
        this.regimes = model.regimes;
        this.sojourns = random.design() == null ? null
            : new RegimeSojourns(s.regimes(), random.stream(ScenarioModel.SOJOURN_STREAM), s.horizonMonths());
        this.shocks = new CorrelatedNormals3(s.correlation());
        this.fx = s.fx().discretise(dt);
        this.demandStep = s.demand().discretise(dt);
        this.guarantees = model.guarantees;
        this.trade = new TradeLedger(model.trade);
        this.cash = new CashAccount(s.pledge().cash(), s.start());
        this.callRng = cash.hasCapitalCalls() ? random.stream("capitalCalls") : null;
        this.safeguardRng = cash.grantIsRandom() ? random.stream("safeguard") : null;
        this.vehicle = new VehicleAccount(s.pledge().vehicle(), s.pledge().waterfall(), dt);
        this.financing = new FinancingLedger(s.financing(), s.discountRate(), dt);
        this.reserves = new ReserveBalance(s.reserves(), s.financing(), dt);
        int years = model.trade.yearCount();
        this.yearPaid = new double[years];
        this.yearPaidKrwTn = new double[years];
        this.yearReceived = new double[years];
        this.monthly = new MonthlySeries(model.months);
    }

    @Override
    public void simulate(PathRecorder out) {
        final int months = m.months;
        final double[] discount = m.discount;
        final boolean series = out.recordsSeries();
        final CorrelatedNormals3 shocks = this.shocks;
        final MonthlySeries monthly = this.monthly;
        final int[] yearOf = m.yearOf;
        final double[] yearPaid = this.yearPaid;
        final double[] yearPaidKrwTn = this.yearPaidKrwTn;
        final double[] yearReceived = this.yearReceived;
        Arrays.fill(yearPaid, 0);
        Arrays.fill(yearPaidKrwTn, 0);
        Arrays.fill(yearReceived, 0);

        // 1. The path's random inputs; 2. the state at t = 0.
        final double phi = passThrough.inverseCdf(tradeRng.nextUniform());
        final double eps = elasticity.inverseCdf(tradeRng.nextUniform());
        final double sigma = substitution == null ? eps : substitution.inverseCdf(tradeRng.nextUniform());
        final double eta = marketElasticity == null ? eps : marketElasticity.inverseCdf(tradeRng.nextUniform());
        trade.startPath(phi, eps, sigma, eta);
        int outcome = 0;
        for (int e = 0; e < eventProbability.length; e++) {
            outcome |= legalRng.nextUniform() < eventProbability[e] ? 1 << e : 0;
        }
        cash.reset(safeguardRng == null ? cash.grantProbability() > 0
            : safeguardRng.nextUniform() < cash.grantProbability());
        vehicle.reset();
        if (sojourns != null) {
            sojourns.startPath();
            walker.startPath();
            controlWalker.startPath();
        }
        financing.reset();
        reserves.reset();
        int regime = regimes.initial();
        double x = fx.initialLogRate();
        double demand = demandStep.initial();
        int monthsInDeal = 0;
        double fxSum = 0;
        final boolean controls = out.recordsControls();
        int chain = regime;
        double chainDealPv = 0;

        for (int t = 0; t < months; t++) {
            // The month's correlated shocks zD, zX, zI first: the draw is the loop's only call that is not
            // inlined (the JDK's ziggurat), and no component state need then be reloaded after it.
            shocks.next(macroRng);
            regime = regimes.inForce(t, regime);                                      // 1. regime
            final boolean deal = regimes.deal(regime);
            final int inForce = regime;
            final double df = discount[t];
            final double fxRate = Math.exp(x);
            final double reservesAtStart = reserves.level();
            monthsInDeal += deal ? 1 : 0;
            fxSum += fxRate;
            trade.month(t, regime, outcome, df, demand, fxRate);                      // 2, 3. tariff, trade
            final double c = cash.pay(t, deal, fxRate, df, callRng);                  // 4. contribution
            final double korea = vehicle.month(c, shocks.third(), df);                // 5. vehicle, waterfall
            financing.month(df, cash.paidIn(), vehicle.receipts());                   // 6. financing cost
            reserves.month(fxRate, c, korea);                                         // 7. FX reserves
            final int y = yearOf[t];
            yearPaid[y] += c;
            yearPaidKrwTn[y] += c * fxRate / 1000;
            yearReceived[y] += korea;
            x = fx.next(t, x, shocks.second(), c);                                    // 8. FX
            demand = demandStep.next(t, demand, shocks.first());                      // 9. US demand
            if (sojourns == null) {                                                   // 10. transition
                final double u = regimeRng.nextDouble();
                regime = regimes.next(regime, u, cash.snapBackNow());
                if (controls) {                                                       // the chain without snap-backs
                    chain = regimes.inForce(t, chain);
                    chainDealPv += regimes.deal(chain) ? df : 0;
                    chain = regimes.next(chain, u, false);
                }
            } else {                                                                  // the same chain by sojourns
                regime = cash.snapBackNow() ? regimes.snapBack() : sojourns.next(walker, regime);
                if (controls) {
                    chain = regimes.inForce(t, chain);
                    chainDealPv += regimes.deal(chain) ? df : 0;
                    chain = sojourns.next(controlWalker, chain);
                }
            }
            if (series) {
                monthly.fxRate[t] = fxRate;
                monthly.reserves[t] = reservesAtStart;
                monthly.paidIn[t] = cash.paidIn();
                monthly.nav[t] = vehicle.nav();
                monthly.regime[t] = inForce;
            }
        }
        if (series) {
            monthly.record(out, o, regimes);
        }
        vehicle.liquidate(discount[months - 1]);                                      // terminal value
        final int defaults = guarantees.sampleDefaults(guaranteeRng);                 // shipbuilding guarantees

        trade.finish();
        o.trade.record(out, trade);
        double shipbuildingNet = o.shipbuilding.record(out, guarantees.lossPv(defaults), guarantees.feesPv(),
            m.shipbuildingFixedNet);
        o.pledge.record(out, cash, vehicle, financing.costPv(), shipbuildingNet, trade.total(TradeLedger.SAVINGS),
            monthsInDeal);
        o.reserves.record(out, reserves);
        o.financing.record(out, financing);
        o.lines.record(out, trade);
        o.inputs.record(out, phi, eps, sigma, eta);
        o.summaries.record(out, fxSum, months, vehicle);
        o.us.record(out, trade, vehicle);
        o.calendar.record(out, trade, yearPaid, yearPaidKrwTn, yearReceived);
        if (controls) {
            out.control(0, phi);
            out.control(1, eps);
            out.control(2, chainDealPv);
        }
    }
}
