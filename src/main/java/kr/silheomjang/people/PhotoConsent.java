package kr.silheomjang.people;

/** 촬영 동의 / 촬영 불가. Anyone not known to agree is treated as 촬영 불가 by the film crew's list. */
public enum PhotoConsent {
    GRANTED, REFUSED;

    public String messageKey() {
        return "people.photo." + name();
    }
}
