package kr.silheomjang.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.Length;

/** The photo of an observation, in its own table so listing notes never loads image bytes. */
@Entity
@Table(name = "observation_photo")
public class ObservationPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "observation_id", nullable = false)
    private long observationId;

    // LONG32 makes MySQL/MariaDB expect LONGBLOB (what V5 creates); without it Hibernate would expect TINYBLOB.
    @Lob
    @Column(name = "photo_data", nullable = false, length = Length.LONG32)
    private byte[] data;

    protected ObservationPhoto() {
    }

    public ObservationPhoto(long observationId, byte[] data) {
        this.observationId = observationId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
