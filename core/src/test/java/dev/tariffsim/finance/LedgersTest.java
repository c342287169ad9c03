package dev.tariffsim.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffsim.random.PathRandom;
import dev.tariffsim.random.RandomStream;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LedgersTest {
    private static final double DT = 1.0 / 12;
    private static final FinancingMix MIX = new FinancingMix(List.of(new FundingSource("reserves", 0.5, 0.04, true),
        new FundingSource("bonds", 0.5, 0.02, false)));

    @Test
    void reservesEarnTheirYieldLoseTheReservedShareAndKeepTheirMinimum() {
        ReserveBalance r = new ReserveBalance(new ReserveAccount(400, 0.03, 1, 380, 2.4, 1550, 1), MIX, DT);
        r.reset();
        r.month(1400, 10, 1);
        double expected = 400 * (1 + 0.03 * DT) - 0.5 * 10 + 1;
        assertThat(r.level()).isCloseTo(expected, within(1e-12));
        assertThat(r.min()).isEqualTo(r.level());
        r.month(1400, 0, 20);
        assertThat(r.min()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void onlyTheRetainedIncomeAndTheReturnedReceiptsStayAndTheIntensityIsAnnual() {
        ReserveBalance r = new ReserveBalance(new ReserveAccount(400, 0.03, 0.6, 380, 1.2, 1500, 0.5), MIX, DT);
        r.reset();
        r.month(1650, 10, 4);
        double expected = 400 * (1 + 0.6 * 0.03 * DT) - 0.5 * 10 + 0.5 * 4 - 1.2 * DT * 0.1 * 400;
        assertThat(r.level()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aWeakWonTriggersAnInterventionProportionalToTheGap() {
        ReserveBalance r = new ReserveBalance(new ReserveAccount(400, 0, 1, 380, 2.4, 1500, 1), MIX, DT);
        r.reset();
        r.month(1650, 0, 0);
        assertThat(r.level()).isCloseTo(400 - 0.2 * 0.1 * 400, within(1e-9));
    }

    @Test
    void financingCostIsTheSpreadOverTheDiscountRateAndSplitsBySource() {
        FinancingLedger f = new FinancingLedger(MIX, 0.035, DT);
        f.reset();
        for (int t = 0; t < 12; t++) {
            f.month(1, 15, 5);
        }
        // Outstanding 10 for a year: spread 0.5 (0.04 - 0.035) + 0.5 (0.02 - 0.035) = -0.005.
        assertThat(f.costPv()).isCloseTo(-0.005 * 10, within(1e-12));
        assertThat(f.costPv(0) + f.costPv(1)).isCloseTo(f.costPv(), within(1e-12));
        assertThat(f.costPv(0)).isCloseTo(0.5 * 0.005 * 10, within(1e-12));
        assertThat(f.interestPaidPv()).isCloseTo(0.5 * 0.02 * 10, within(1e-12));
        f.month(1, 5, 15);
        assertThat(f.costPv()).isCloseTo(-0.005 * 10, within(1e-12));
    }

    @Test
    void sourcesThatAllCostTheDiscountRateHaveNoFinancingCost() {
        FinancingLedger f = new FinancingLedger(new FinancingMix(List.of(new FundingSource("reserves", 0.4, 0.039, true),
            new FundingSource("bonds", 0.6, 0.039, false))), 0.039, DT);
        f.reset();
        for (int t = 0; t < 24; t++) {
            f.month(0.97, 20 + t, 3);
        }
        assertThat(f.costPv()).isZero();
        assertThat(f.costPv(0)).isZero();
        assertThat(f.interestPaidPv()).isPositive();
    }

    @Test
    void certainDefaultsLoseEveryExposureAndFeesAreTheAnnuity() {
        PathRandom random = new PathRandom(1, false);
        RandomStream rng = random.stream("guarantees");
        random.startPath(0);
        GuaranteeLosses sure = new GuaranteeLosses(new GuaranteeBook(30, 3, 1, 0.5, 0.2, 0.01), 12, 0.9, 0.95);
        assertThat(sure.sampleDefaults(rng)).isEqualTo(3);
        assertThat(sure.lossPv(3)).isCloseTo(3 * 10 * 0.5 * 0.9, within(1e-12));
        assertThat(sure.feesPv()).isCloseTo(0.01 * 30 * 0.95, within(1e-12));
        GuaranteeLosses none = new GuaranteeLosses(new GuaranteeBook(30, 3, 0, 0.5, 0.2, 0.01), 12, 0.9, 0.95);
        assertThat(none.sampleDefaults(rng)).isZero();
    }
}
