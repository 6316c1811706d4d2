package kr.silheomjang.budget.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpenseReceiptRepository extends JpaRepository<ExpenseReceipt, Long> {

    Optional<ExpenseReceipt> findByExpenseId(long expenseId);

    void deleteByExpenseId(long expenseId);
}
