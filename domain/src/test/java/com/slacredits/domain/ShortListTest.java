package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShortListTest {

    private static List<Integer> upTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void aListOfTheLimitIsShownWhole() {
        ShortList<Integer> list = ShortList.of(upTo(ShortList.LIMIT));
        assertThat(list.shown()).hasSize(ShortList.LIMIT);
        assertThat(list.more()).isZero();
        assertThat(list.moreWords()).isEmpty();
    }

    @Test
    void oneMoreThanTheLimitShowsTheFirstAndSaysOneMore() {
        ShortList<Integer> list = ShortList.of(upTo(ShortList.LIMIT + 1));
        assertThat(list.shown()).containsExactlyElementsOf(upTo(ShortList.LIMIT));
        assertThat(list.more()).isEqualTo(1);
        assertThat(list.moreWords()).isEqualTo("and 1 more");
    }

    @Test
    void theCountOfTheRestIsWrittenTheSameUnderEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(ShortList.of(upTo(11_670), 20).moreWords()).isEqualTo("and 11,650 more");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void anEmptyListAndALimitBelowOne() {
        assertThat(ShortList.of(List.of()).shown()).isEmpty();
        assertThatThrownBy(() -> ShortList.of(upTo(3), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
