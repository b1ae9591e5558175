package org.duidu.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormDifferencesTest {
    private final ScriptFold fold = ScriptFold.standard();

    private List<String> passages(String main, String other) {
        return FormDifferences.passages(main, other, fold).stream().map(p -> other.substring(p[0], p[1])).toList();
    }

    @Test
    void formsThatFoldAlikeNeedNoPassage() {
        assertThat(passages("全面建设一流的营商环境,推进改革", "全面建設一流的營商環境,推進改革")).isEmpty();
    }

    @Test
    void aChangedWordIsIndexedWithEightCharactersOfContextEachSide() {
        String hans = "第一段很长的文字内容在这里,全面建设一流的优化营商环境标杆区,推进营商环境加快";
        String hant = "第一段很長的文字內容在這裡,全面建設一流的最佳化營商環境標杆區,推進營商環境加快";
        // the differing segment is 全面建設一流的最佳化營商環境標杆區; 8 characters either side
        assertThat(passages(hans, hant)).containsExactly("文字內容在這裡,全面建設一流的最佳化營商環境標杆區,推進營商環境加");
    }

    @Test
    void segmentsThatDoNotLineUpMeanTheWholeForm() {
        assertThat(passages("甲乙,丙丁", "甲乙丙丁")).containsExactly("甲乙丙丁");
    }
}
