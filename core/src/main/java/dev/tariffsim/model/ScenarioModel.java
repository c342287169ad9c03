package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathModel;
import dev.tariffsim.engine.PathSimulator;
import dev.tariffsim.finance.GuaranteeLosses;
import dev.tariffsim.internal.Checks;
import dev.tariffsim.random.PathRandom;
import dev.tariffsim.scenario.Scenario;
import dev.tariffsim.trade.TradeTable;

/**
 * A {@link Scenario} as a path model: the equations of {@code docs/model.md} (the reference model's section 3),
 * month by month, each in the component that owns its data. Immutable; everything that does not depend on the
 * path (tariff rates of every line, regime and month, discount factors, copula threshold, the shipbuilding
 * equity and loans) is computed here once; {@link #newSimulator} gives each worker its own mutable state.
 *
 * <h2>Outputs</h2>
 * Every metric and series is declared with its unit and a one-line description by the holder of its concern
 * ({@link OutputSpec#metrics()} lists them): trade totals ({@code exportValue}, {@code tariffPaid},
 * {@code tariffPaidKrwTn}, {@code tariffAbsorbed}, {@code koreaIncomeLoss}, {@code koreaIncomeLossKrwTn},
 * {@code exporterRevenueLoss}, {@code exporterRevenueLossKrwTn}, {@code dealSavings}, {@code firstYearSavingsKrwTn}), the pledge
 * ({@code contributions}, {@code koreaReceipts}, {@code investmentNetCost}, {@code netDealValue},
 * {@code monthsInDeal}, {@code refusedCalls}, {@code snapBack}), reserves ({@code minReserves},
 * {@code reserveBreach}), financing ({@code financingCost}, {@code financingCost.<source>}, {@code interestPaid}),
 * shipbuilding ({@code guaranteeNet}, {@code guaranteeLoss}, {@code guaranteeFees}, {@code shipbuildingNet}), per
 * product line ({@code lines.<line>.exportValue}, {@code .tariffPaid}, {@code .tariffAbsorbed},
 * {@code .koreaIncomeLoss}, {@code .exporterRevenueLoss}, {@code .dealSavings}, {@code .volumeChange},
 * {@code .usPriceChange}), the path's drawn inputs ({@code inputs.passThrough}, {@code inputs.elasticity}, and
 * with a market {@code inputs.substitution}, {@code inputs.marketElasticity}), the US side ({@code usConsumerCost},
 * {@code usTariffRevenue}, {@code usReceipts}) and calendar years, undiscounted ({@code calendar.<year>.<flow>}). The identity {@code netDealValue = dealSavings - contributions + koreaReceipts
 * - shipbuildingNet - financingCost} holds on every path. Series, per month: {@code cumulativeContributions},
 * {@code vehicleNav}, {@code dealShare}, {@code fxRate}, {@code reserves}.
 *
 * <h2>Random streams</h2>
 * {@code trade} (pass-through, then elasticity, then with a market response substitution and market elasticity:
 * one uniform each), {@code legal} (one uniform per legal event), {@code safeguard} (one uniform, when the grant
 * is uncertain), {@code macro} (three normals a month),
 * {@code regime} (one uniform a month), {@code guarantees} (Y, then one normal per project), {@code capitalCalls}.
 * Two scenarios run with one seed share these streams (common random numbers).
 */
public final class ScenarioModel implements PathModel {
    final Scenario scenario;
    final int months;
    final TradeTable trade;
    final RegimeSteps regimes;
    /** Discount factor of each month, {@code exp(-r (t+1) dt)}. */
    final double[] discount;
    final GuaranteeLosses guarantees;
    /** Present value of the shipbuilding equity and loans' net cost; deterministic. */
    final double shipbuildingFixedNet;
    final Outputs out;
    /** Each month's calendar-year index (0 = the year of month 0). */
    final int[] yearOf;
    private final java.util.List<dev.tariffsim.engine.ControlVariate> controls;

    /**
     * The model of a scenario.
     *
     * @throws IllegalArgumentException if the scenario is null
     */
    public ScenarioModel(Scenario scenario) {
        this.scenario = Checks.requireNonNull(scenario, "scenario");
        this.months = scenario.horizonMonths();
        this.trade = new TradeTable(scenario.lines(), scenario.regimes(), scenario.start(), months,
            scenario.legalEvents());
        this.regimes = new RegimeSteps(scenario);
        double dt = Scenario.dt();
        this.discount = new double[months];
        double annuity = 0;
        for (int t = 0; t < months; t++) {
            discount[t] = Math.exp(-scenario.discountRate() * (t + 1) * dt);
            annuity += dt * discount[t];
        }
        this.guarantees = new GuaranteeLosses(scenario.pledge().shipbuilding().guarantees(), months,
            Math.exp(-scenario.discountRate() * months / 24.0), annuity);
        // Funded at the spread over r: the payment itself is already discounted at r (docs/model.md).
        this.shipbuildingFixedNet = scenario.pledge().shipbuilding()
            .equityAndLoanNetPv(scenario.financing().blendedRate() - scenario.discountRate(), discount, dt);
        this.yearOf = new int[months];
        int[] perYear = new int[trade.yearCount()];
        for (int t = 0; t < months; t++) {
            yearOf[t] = scenario.start().plusMonths(t).getYear() - trade.firstYear();
            perYear[yearOf[t]]++;
        }
        this.out = new Outputs(scenario, trade.firstYear(), perYear);
        this.controls = ChainControl.of(scenario, regimes, discount);
    }

    /** {@code passThrough}, {@code elasticity} and {@code chainDealMonthsPv}, with exact means ({@link ChainControl}). */
    @Override
    public java.util.List<dev.tariffsim.engine.ControlVariate> controlVariates() {
        return controls;
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

    /** Sobol' coordinates per Brownian component of the {@code macro} stream under RQMC (bridge levels). */
    static final int MACRO_BRIDGE_LEVELS = 8;

    /**
     * The stream of the regime chain's sojourns under a quasi-random design ({@link RegimeSojourns}: two uniforms a
     * sojourn); under plain Monte Carlo the chain draws one uniform a month from {@code regime}.
     */
    static final String SOJOURN_STREAM = "regimeSojourns";

    /** Sojourns of the regime chain taken from the design's points (two coordinates each); later ones pseudo-random. */
    static final int QUASI_RANDOM_SOJOURNS = 8;

    /**
     * Under randomised QMC: the path parameters ({@code trade}: pass-through, elasticity and, with a market response,
     * substitution and market elasticity), the legal events' outcomes ({@code legal}) and the safeguard grant
     * ({@code safeguard}) when the scenario has them, the guarantees' systematic
     * factor ({@code guarantees}: its first normal), the regime chain's first {@value #QUASI_RANDOM_SOJOURNS} sojourns
     * ({@code regimeSojourns}, two uniforms each: under a design the chain is drawn by sojourn, {@link RegimeSojourns},
     * so that when the deal starts and whether and when it collapses, which drive most of {@code dealSavings}'
     * variance, depend on a few coordinates rather than on 120 monthly ones), and the coarse shape of the
     * three monthly Brownian drivers ({@code macro}: demand, FX and vehicle return by a Brownian bridge,
     * {@value #MACRO_BRIDGE_LEVELS} Sobol' levels each). The projects' own defaults, capital calls and the bridges'
     * fine levels stay pseudo-random. Latin hypercube sampling stratifies the same draws, of the bridges only the
     * first level (the end points). Measured in {@code docs/performance.md}.
     */
    @Override
    public java.util.List<dev.tariffsim.random.QuasiRandomBlock> quasiRandomBlocks() {
        java.util.List<dev.tariffsim.random.QuasiRandomBlock> blocks = new java.util.ArrayList<>();
        int tradeDraws = 2 + (scenario.trade().substitution() == null ? 0 : 1)
            + (scenario.trade().marketElasticity() == null ? 0 : 1);
        blocks.add(dev.tariffsim.random.QuasiRandomBlock.uniforms("trade", tradeDraws));
        if (!scenario.legalEvents().isEmpty()) {
            blocks.add(dev.tariffsim.random.QuasiRandomBlock.uniforms("legal", scenario.legalEvents().size()));
        }
        if (scenario.pledge().cash().safeguardGrantProbability() < 1) {
            blocks.add(dev.tariffsim.random.QuasiRandomBlock.uniforms("safeguard", 1));
        }
        blocks.add(dev.tariffsim.random.QuasiRandomBlock.uniforms("guarantees", 1));
        blocks.add(dev.tariffsim.random.QuasiRandomBlock.uniforms(SOJOURN_STREAM, 2 * QUASI_RANDOM_SOJOURNS));
        blocks.add(dev.tariffsim.random.QuasiRandomBlock.brownian("macro", 3, months, Math.min(MACRO_BRIDGE_LEVELS,
            months)));
        return java.util.List.copyOf(blocks);
    }

    @Override
    public OutputSpec outputs() {
        return out.spec;
    }

    @Override
    public PathSimulator newSimulator(PathRandom random) {
        return new ScenarioSimulator(this, random);
    }
}
