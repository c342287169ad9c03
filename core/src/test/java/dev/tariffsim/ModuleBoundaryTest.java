package dev.tariffsim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffsim.model.ScenarioModel;
import org.junit.jupiter.api.Test;

/** The tests run on the module path (surefire patches them into the module), so the boundary is real here. */
final class ModuleBoundaryTest {
    private static final Module CORE = ScenarioModel.class.getModule();

    @Test
    void coreIsANamedModuleThatDoesNotExportItsInternals() {
        assertThat(CORE.getName()).isEqualTo("dev.tariffsim.core");
        assertThat(CORE.isExported("dev.tariffsim.internal")).isFalse();
    }

    @Test
    void everyOtherPackageIsExported() {
        assertThat(CORE.getPackages()).contains("dev.tariffsim.internal", "dev.tariffsim.model");
        for (String p : CORE.getPackages()) {
            if (!p.equals("dev.tariffsim.internal") && !p.equals("dev.tariffsim")
                    && !p.startsWith("dev.tariffsim.calibration.") ) {
                assertThat(CORE.isExported(p)).as(p).isTrue();
            }
        }
    }
}
