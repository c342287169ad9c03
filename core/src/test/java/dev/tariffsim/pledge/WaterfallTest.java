package dev.tariffsim.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class WaterfallTest {
    @Test
    void shareSwitchesExactlyWhenReceiptsReachThePrincipal() {
        Waterfall korea = new Waterfall(0.5, 0.1, 0);
        assertThat(korea.koreaShare(199.999999, 200)).isEqualTo(0.5);
        assertThat(korea.koreaShare(200, 200)).isEqualTo(0.1);
        assertThat(korea.koreaShare(250, 200)).isEqualTo(0.1);
        assertThat(korea.accrue(10, 5, 1.0 / 12)).isEqualTo(15);
    }

    @Test
    void japaneseVariantAccruesInterestOnTheAmountToRecoup() {
        Waterfall japan = new Waterfall(0.5, 0.1, 0.06);
        double dt = 1.0 / 12;
        double h = 0;
        for (int t = 0; t < 24; t++) {
            h = japan.accrue(h, 10, dt);
        }
        // 24 monthly contributions of 10 compounding at 0.5% a month: 10 ((1.005^24 - 1)/0.005) * 1.0 (paid at month end)
        double expected = 10 * (Math.pow(1.005, 24) - 1) / 0.005;
        assertThat(h).isCloseTo(expected, within(1e-10));
        assertThat(japan.koreaShare(240, h)).isEqualTo(0.5);
        assertThat(japan.koreaShare(expected + 1e-6, h)).isEqualTo(0.1);
    }
}
