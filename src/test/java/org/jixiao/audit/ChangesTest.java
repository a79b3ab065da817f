package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.audit.Changes.Change;
import org.junit.jupiter.api.Test;

/** The page shows of a change only what changed. */
class ChangesTest {

    @Test
    void objectsShowOnlyTheFieldsThatDiffer() {
        assertThat(Changes.between("{\"完成情况\":\"进行中\",\"自评档次\":2}", "{\"完成情况\":\"已完成\",\"自评档次\":2}"))
                .containsExactly(new Change("完成情况", "进行中", "已完成"));
    }

    @Test
    void creationShowsEveryFieldAgainstNothing() {
        assertThat(Changes.between(null, "{\"文件\":\"台账.pdf\",\"大小\":1024}"))
                .containsExactly(new Change("文件", "", "台账.pdf"), new Change("大小", "", "1024"));
    }

    @Test
    void scalarsShowBeforeAndAfterWhole() {
        assertThat(Changes.between("1.5", "2")).containsExactly(new Change("", "1.5", "2"));
        assertThat(Changes.between(null, "3")).containsExactly(new Change("", "", "3"));
    }

    @Test
    void nothingBeforeAndAfterShowsNothing() {
        assertThat(Changes.between(null, null)).isEmpty();
    }

    @Test
    void textThatIsNotJsonIsShownAsStored() {
        assertThat(Changes.between("{broken", null)).containsExactly(new Change("", "{broken", ""));
    }
}
