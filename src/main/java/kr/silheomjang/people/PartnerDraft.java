package kr.silheomjang.people;

/** A partner organisation as typed: name, contact person and how to reach them, its role, agreed contributions. */
public record PartnerDraft(String name, String contactPerson, String contact, String role, String contributions) {
}
