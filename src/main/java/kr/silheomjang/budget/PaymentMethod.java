package kr.silheomjang.budget;

/** How an expense was paid: 법인카드, 계좌이체, 현금, 기타. */
public enum PaymentMethod {
    CORPORATE_CARD, BANK_TRANSFER, CASH, OTHER;

    public String messageKey() {
        return "budget.method." + name();
    }
}
