package org.duidu.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTypographyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            進行了系統部署,請問沈撫示範區        | 進行了系統部署，請問沈撫示範區
            記者:省委全會                        | 記者：省委全會
            一是堅持政治引領;二是                | 一是堅持政治引領；二是
            又將如何進一步落實這些安排部署?      | 又將如何進一步落實這些安排部署？
            “兩個確立”,推動                    | “兩個確立”，推動
            沈撫示範區(以下簡稱示範區)以黨的     | 沈撫示範區（以下簡稱示範區）以黨的
            (以下簡稱示範區)開頭                 | （以下簡稱示範區）開頭
            投資3,000億元                         | 投資3,000億元
            比例為1:2                            | 比例為1:2
            國內生產總值(GDP)增長                | 國內生產總值(GDP)增長
            見 Table (附表)                      | 見 Table (附表)
            Hello, world? yes                    | Hello, world? yes
            """)
    void halfWidthPunctuationBetweenChineseIsShownFullWidth(String source, String shown) {
        assertThat(ChineseTypography.fullWidthPunctuation(source)).isEqualTo(shown);
    }
}
