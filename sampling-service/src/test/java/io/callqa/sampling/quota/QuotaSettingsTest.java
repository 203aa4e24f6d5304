package io.callqa.sampling.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuotaSettingsTest {

    @Test
    void theDefaultTableReadsAsTheRegulationsMultipliers() {
        assertEquals(QuotaPolicy.Settings.defaults().multipliers(),
                QuotaSettings.multipliers("0:2.0,60:1.5,80:1.0,95:0.8"));
    }

    @Test
    void blanksAroundEntriesAreIgnoredAndOrderDoesNotMatter() {
        var table = QuotaSettings.multipliers(" 95 : 0.8 , 0:2 ");

        assertEquals(List.of(new BigDecimal("0"), new BigDecimal("95")), List.copyOf(table.keySet()));
        assertEquals(new BigDecimal("2"), table.get(new BigDecimal("0")));
    }

    @Test
    void malformedTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> QuotaSettings.multipliers(""));
        assertThrows(IllegalArgumentException.class, () -> QuotaSettings.multipliers("0=2.0"));
        assertThrows(IllegalArgumentException.class, () -> QuotaSettings.multipliers("0:two"));
        assertThrows(IllegalArgumentException.class, () -> QuotaSettings.multipliers("0:2.0,0:1.5"));
    }
}
