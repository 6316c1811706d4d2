-- Planning board (issue 3). Runs unchanged on H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE board_column (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT       NOT NULL,
    name             VARCHAR(60)  NOT NULL,
    sort_order       INT          NOT NULL,
    wip_limit        INT,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by_name  VARCHAR(100) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_board_column_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
);
CREATE INDEX ix_board_column_experiment ON board_column (experiment_id, sort_order);

CREATE TABLE card (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    experiment_id    BIGINT        NOT NULL,
    column_id        BIGINT        NOT NULL,
    sort_order       INT           NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000),
    category         VARCHAR(100),
    due_date         DATE,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_card_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id),
    CONSTRAINT fk_card_column FOREIGN KEY (column_id) REFERENCES board_column (id)
);
CREATE INDEX ix_card_experiment ON card (experiment_id, column_id, sort_order);

CREATE TABLE card_assignee (
    card_id  BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    CONSTRAINT pk_card_assignee PRIMARY KEY (card_id, user_id),
    CONSTRAINT fk_card_assignee_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_card_assignee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE card_label (
    card_id     BIGINT      NOT NULL,
    label_text  VARCHAR(40) NOT NULL,
    CONSTRAINT pk_card_label PRIMARY KEY (card_id, label_text),
    CONSTRAINT fk_card_label_card FOREIGN KEY (card_id) REFERENCES card (id)
);

CREATE TABLE checklist_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    card_id     BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    item_text   VARCHAR(300) NOT NULL,
    done_at     DATETIME(6),
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_checklist_item_card FOREIGN KEY (card_id) REFERENCES card (id)
);
CREATE INDEX ix_checklist_item_card ON checklist_item (card_id, sort_order);

CREATE TABLE card_comment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    card_id      BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    author_name  VARCHAR(100)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_card_comment_card FOREIGN KEY (card_id) REFERENCES card (id),
    CONSTRAINT fk_card_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
);
CREATE INDEX ix_card_comment_card ON card_comment (card_id, created_at);

CREATE TABLE card_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    card_id     BIGINT       NOT NULL,
    actor_name  VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    detail      VARCHAR(500),
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_card_history_card FOREIGN KEY (card_id) REFERENCES card (id)
);
CREATE INDEX ix_card_history_card ON card_history (card_id, created_at);

CREATE TABLE card_attachment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    card_id          BIGINT       NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    storage_key      VARCHAR(100) NOT NULL,
    uploaded_by_name VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_card_attachment_card FOREIGN KEY (card_id) REFERENCES card (id)
);
CREATE INDEX ix_card_attachment_card ON card_attachment (card_id);

-- Templates are data (editable by owners), not code: the 13 planning items of the guide's section 3 and the
-- preparation checklist of section 4. Each item becomes one card; checklist lines are separated by newlines.
CREATE TABLE planning_template (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by_name  VARCHAR(100) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_planning_template_code UNIQUE (code)
);

CREATE TABLE planning_template_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id      BIGINT        NOT NULL,
    sort_order       INT           NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    category         VARCHAR(100)  NOT NULL,
    description      VARCHAR(4000),
    checklist        VARCHAR(2000),
    updated_at       DATETIME(6)   NOT NULL,
    updated_by_name  VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_template_item_template FOREIGN KEY (template_id) REFERENCES planning_template (id)
);
CREATE INDEX ix_template_item_template ON planning_template_item (template_id, sort_order);

INSERT INTO planning_template (code, name, updated_at, updated_by_name, version)
VALUES ('PLANNING_ITEMS', '실험장 기획 항목 (가이드 3장)', '2026-01-01 00:00:00', '실험장', 0);
INSERT INTO planning_template (code, name, updated_at, updated_by_name, version)
VALUES ('PREPARATION', '실험장 준비 체크리스트 (가이드 4장)', '2026-01-01 00:00:00', '실험장', 0);

INSERT INTO planning_template_item (template_id, sort_order, title, category, description, checklist, updated_at, updated_by_name, version)
SELECT t.id, s.sort_order, s.title, s.title, s.description, s.checklist, '2026-01-01 00:00:00', '실험장', 0
FROM planning_template t JOIN (
    SELECT 0 AS sort_order, '실험장 목적 설정' AS title,
           '이 실험장의 결과가 참여자와 시민들에게 어떤 영향을 미칠지, 시민제안자의 제안 의도와 실험의 결과물이 무엇인지를 바탕으로 목적을 설정합니다.' AS description,
           '제안자의 제안 의도 정리
실험의 결과물 정리
참여자와 시민에게 미칠 영향 정리
목적 문장 확정' AS checklist
    UNION ALL SELECT 1, '자료 수집',
           '목적을 명확하게 설정하기 위해 주제에 대한 자료를 충분히 수집하고, 국내외 유사한 캠페인을 확인해 기획자료로 활용합니다.',
           '제안자 미팅
의제에 대한 다양한 입장 정리
참고자료 수집
국내외 유사 캠페인 확인
장소·예산·참여자 구성·홍보효과 정리'
    UNION ALL SELECT 2, '협력 파트너 마련',
           '제안자 인터뷰를 통해 협력 가능한 커뮤니티를 찾거나, 파트너십이 가능한 단체에 협력을 제안합니다.',
           '협력 가능한 커뮤니티 찾기
전문 커뮤니티/기관과 정보 공유
협력 제안'
    UNION ALL SELECT 3, '참여대상 선정',
           '실험의 목적에 따라 참여자의 구성과 선정 절차를 정합니다.',
           '참여자 규모 정하기 (다수 / 소수 / 없음)
실험 목적을 알고 참여하는지 정하기
선정 절차 정하기'
    UNION ALL SELECT 4, '일시와 장소 선정',
           '기획 의도와 참여자의 특성에 맞게 요일·시간대와, 참여자가 집중할 수 있는 장소를 정합니다.',
           '참여자 특성에 맞는 요일·시간대 정하기
실험에 적합한 장소 찾기
장소 확정'
    UNION ALL SELECT 5, '준비 일정 선정',
           '기획과 운영에 3~6개월이 걸리는 것을 고려해 추진 현황, 홍보, 결과 공유 이후의 확산까지 일정을 기획합니다.',
           '추진 일정표 만들기
홍보 일정 정하기
결과 공유·확산 일정 정하기'
    UNION ALL SELECT 6, '홍보',
           '기획 의도에 맞는 홍보 방향을 정합니다. 협력 파트너가 있다면 홍보에 대한 생각을 함께 나눕니다.',
           '홍보 방향 정하기
추진 과정 홍보 콘텐츠 기획
참여자·제안자 인터뷰 홍보
SNS·홈페이지 사전 이벤트
유관단체·언론사 공유'
    UNION ALL SELECT 7, '섭외',
           '실험 참여자, 제안자, 현장진행 스탭을 섭외합니다. 제안자를 참여자로 둘지 인터뷰로 정리할지, 스탭이 단순 행사지원인지 퍼실리테이터·사회자인지 구분합니다.',
           '실험 참여자
제안자
현장진행 스탭'
    UNION ALL SELECT 8, '프로그램 세부내용',
           '참여자가 안전하게 참여할 수 있도록 세부 프로그램을 기획합니다.',
           '실험장 목적과 주제 안내
아이스브레이킹
인터뷰 등 이후 일정 공유'
    UNION ALL SELECT 9, '예산 설정',
           '실험장 규모와 기획에 따라 예산을 파악해 설정합니다.',
           '규모·프로그램·촬영범위 예산
참여인원·공간구성·진행인력 예산
아이스브레이킹·식음료 예산'
    UNION ALL SELECT 10, '기록 및 촬영',
           '실행 결과를 압축적으로 전달할 기록 형식을 정하고, 기획 의도를 잘 담아줄 촬영팀을 섭외합니다.',
           '기록 형식 정하기 (영상, 인터뷰, 이미지)
촬영팀 섭외와 포트폴리오 확인
영상 샘플 공유로 기획 의도 전달
시민제안자 인터뷰 촬영 계획'
    UNION ALL SELECT 11, '후속작업',
           '실험장 이후 결과를 언제 어떻게 공유하고 확산할지, 콘텐츠 업로드와 홍보채널, 시민참여 방안을 기획합니다.',
           '콘텐츠 업로드 기획
홍보채널 정하기
시민참여 방안 정하기'
    UNION ALL SELECT 12, '기타 준비사항',
           '홍보·기획 예산, 대행사 섭외 여부, 참여자가 없을 때의 실험 방법, 참여자의 연령대와 특성에 맞는 공간구성을 고려합니다.',
           '대행사 섭외 여부 확인
참여자가 없는 경우의 실험 방법
배리어프리·아동 놀이공간 등 공간구성'
) s ON 1 = 1
WHERE t.code = 'PLANNING_ITEMS';

INSERT INTO planning_template_item (template_id, sort_order, title, category, description, checklist, updated_at, updated_by_name, version)
SELECT t.id, s.sort_order, s.title, '실험장 준비', s.description, s.checklist, '2026-01-01 00:00:00', '실험장', 0
FROM planning_template t JOIN (
    SELECT 0 AS sort_order, '섭외자 관리' AS title,
           '사회자나 발표자에게 프로그램 순서와 기획의도를 전달하고, 미리 요청한 원고나 발표자료를 사전에 검토합니다.' AS description,
           '프로그램 순서·기획의도 전달
원고·발표자료 사전 검토' AS checklist
    UNION ALL SELECT 1, '참여자 관리',
           '참여자 확정, 행사 정보 발송, 참여여부 재확인을 진행하고 기획의도를 확실히 안내합니다.',
           '참여자 확정
행사 정보 발송
참여여부 재확인'
    UNION ALL SELECT 2, '촬영팀 관리',
           '노출을 꺼리는 참여자가 없는지 확인해 촬영범위를 정합니다.',
           '촬영 불가 참여자 확인
촬영 불가 표식 배부
촬영팀에 사전 공유'
    UNION ALL SELECT 3, '시스템 점검',
           '당일 이용하는 기술 시스템을 사전 점검합니다.',
           '음향
라이브방송
플랫폼'
    UNION ALL SELECT 4, '장소 대관 및 구성',
           '찾아오는 길부터 행사장까지 편하게 참여할 수 있도록 안내하고, 주제와 목적에 맞게 행사장을 구성합니다.',
           '장소 대관
오시는 길 안내
행사장 구성'
    UNION ALL SELECT 5, '케이터링',
           '참여자들을 위한 식사 혹은 다과를 준비합니다.',
           '식사·다과 준비'
    UNION ALL SELECT 6, '화면 자료',
           '발표자료와 행사 시작 전에 틀어둘 영상을 준비합니다.',
           '발표자료
사전 안내 영상'
    UNION ALL SELECT 7, '스탭 운영',
           '접수부터 진행, 비상용 업무까지 고려해 스탭을 배치합니다.',
           '접수
진행
비상용 업무'
    UNION ALL SELECT 8, '큐시트·장소배치·역할분담표 점검',
           '진행 화면, 프로그램 시간표, 큐시트, 장소배치 및 역할분담표, 준비물과 장비를 마지막까지 체크합니다.',
           '진행 화면
프로그램 시간표
큐시트
장소배치 및 역할분담표
기타 준비물 및 장비'
) s ON 1 = 1
WHERE t.code = 'PREPARATION';
