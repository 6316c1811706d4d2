package kr.silheomjang.planning.ui;

import org.springframework.stereotype.Component;

import kr.silheomjang.planning.BoardColumnService;
import kr.silheomjang.planning.CardAttachmentService;
import kr.silheomjang.planning.ChecklistService;
import kr.silheomjang.planning.CommentService;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.planning.PlanningTemplateService;

/** The planning services the board and its dialogs call, injected as one so the view's constructor stays short. */
@Component
record BoardServices(PlanningService cards, BoardColumnService columns, ChecklistService checklist,
        CommentService comments, CardAttachmentService attachments, PlanningTemplateService templates) {
}
