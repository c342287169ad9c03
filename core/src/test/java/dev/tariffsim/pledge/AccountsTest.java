package dev.tariffsim.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class AccountsTest {
    private static final double DT = 1.0 / 12;

    @Test
    void theFixedSchedulePaysTheMonthlyCapUntilTheTotalIsPaid() {
        CashAccount cash = new CashAccount(new CashTranche(5, 24, 1550, 0.5, null));
        cash.reset();
        assertThat(cash.pay(0, true, 1400, 0.9, null)).isEqualTo(2.0);
        assertThat(cash.pay(1, true, 1400, 0.8, null)).isEqualTo(2.0);
        assertThat(cash.pay(2, true, 1400, 0.7, null)).isEqualTo(1.0);
        assertThat(cash.pay(3, true, 1400, 0.6, null)).isZero();
        assertThat(cash.paidIn()).isEqualTo(5.0);
        assertThat(cash.contributionsPv()).isCloseTo(2 * 0.9 + 2 * 0.8 + 0.7, within(1e-12));
        assertThat(cash.refusedCalls()).isZero();
        assertThat(cash.snapBackNow()).isFalse();
    }

    @Test
    void theSafeguardCutsTheCapAndNoDealPaysNothing() {
        CashAccount cash = new CashAccount(new CashTranche(100, 24, 1550, 0.5, null));
        cash.reset();
        assertThat(cash.pay(0, true, 1551, 1, null)).isEqualTo(1.0);
        assertThat(cash.pay(1, false, 1400, 1, null)).isZero();
        cash.reset();
        assertThat(cash.paidIn()).isZero();
    }

    @Test
    void theVehicleDistributesItsYieldAndTheWaterfallSwitchesAtRecoupment() {
        VehicleAccount v = new VehicleAccount(new InvestmentVehicle(0, 0.12, 0), new Waterfall(0.5, 0.1, 0), DT);
        v.reset();
        double korea = v.month(10, 0, 1);
        // N' = 10 exp(0.12 dt); d = 0.01 N'; Korea takes half while its receipts are below the 10 paid in.
        double gross = 10 * Math.exp(0.12 * DT);
        assertThat(korea).isCloseTo(0.5 * 0.01 * gross, within(1e-14));
        assertThat(v.nav()).isCloseTo(0.99 * gross, within(1e-12));
        v.liquidate(0.5);
        assertThat(v.koreaPv()).isCloseTo(korea + 0.5 * 0.99 * gross * 0.5, within(1e-12));
    }

    @Test
    void afterRecoupmentKoreaTakesTheSecondShare() {
        VehicleAccount v = new VehicleAccount(new InvestmentVehicle(0, 1, 0), new Waterfall(0.5, 0.1, 0), DT);
        v.reset();
        double first = v.month(0.001, 0, 1);
        assertThat(v.receipts()).isGreaterThan(0);
        // With no new cash the amount to recoup stays 0.001; once receipts reach it the share is 10%.
        double total = first;
        double last = 0;
        for (int t = 1; t < 200 && v.receipts() < 0.001; t++) {
            total += v.month(0, 0, 1);
        }
        double navBefore = v.nav();
        last = v.month(0, 0, 1);
        assertThat(last).isCloseTo(0.1 * DT * navBefore * Math.exp(DT), within(1e-15));
        assertThat(total).isGreaterThanOrEqualTo(0.001);
    }
}
