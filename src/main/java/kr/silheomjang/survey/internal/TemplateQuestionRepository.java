package kr.silheomjang.survey.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateQuestionRepository extends JpaRepository<TemplateQuestion, Long> {

    List<TemplateQuestion> findByLanguageOrderByTemplateCodeDescSortOrderAsc(String language);
}
