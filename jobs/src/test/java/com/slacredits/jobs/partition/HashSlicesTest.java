package com.slacredits.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HashSlicesTest {

    @Test
    void everyContractIsInExactlyOneSliceWhateverItsId() {
        for (String id : new String[] {"K-A1", "K-0001", "", "ÄÖÜ-7", "K-" + "x".repeat(95), "-1", "AaBB"}) {
            for (int count = 1; count <= 4; count++) {
                int slices = count;
                assertThat(IntStream.range(0, count).filter(i -> HashSlices.holds(id, i, slices)).count())
                        .as(id + " in " + count + " slices").isEqualTo(1);
            }
        }
    }

    @Test
    void partitionsAreNamedAndNumberedSoThatARestartFindsThemAgain() {
        var slices = new HashSlices().partition(2);

        assertThat(slices).containsOnlyKeys("slice-1-of-2", "slice-2-of-2");
        assertThat(slices.get("slice-2-of-2").getInt(HashSlices.INDEX)).isEqualTo(1);
        assertThat(slices.get("slice-2-of-2").getInt(HashSlices.COUNT)).isEqualTo(2);
    }

    @Test
    void contractsSpreadOverBothSlices() {
        long inFirst = IntStream.range(0, 1_000).mapToObj(i -> String.format("K-%04d", i))
                .filter(id -> HashSlices.holds(id, 0, 2)).count();

        assertThat(inFirst).isBetween(400L, 600L);
    }

    @Test
    void theSlicesOfAListAreDisjointAndTogetherTheWholeListInItsOrder() {
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "CU-" + i).toList();

        List<String> first = HashSlices.slice(() -> ids, 0, 3).get();
        List<String> second = HashSlices.slice(() -> ids, 1, 3).get();
        List<String> third = HashSlices.slice(() -> ids, 2, 3).get();

        assertThat(first).isNotEmpty().isSubsetOf(ids).doesNotContainAnyElementsOf(second)
                .doesNotContainAnyElementsOf(third);
        assertThat(second).doesNotContainAnyElementsOf(third);
        assertThat(first.size() + second.size() + third.size()).isEqualTo(ids.size());
        assertThat(first).isSortedAccordingTo(java.util.Comparator.comparing(ids::indexOf));
    }
}
