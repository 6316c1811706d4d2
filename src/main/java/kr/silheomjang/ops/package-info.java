/**
 * Operations: health probes (liveness; readiness with the database and, with {@code silheomjang.live-bus=redis},
 * Redis) and Micrometer metrics of the live-update bus. Views' and pushes' metrics are recorded where they happen
 * ({@code ui}). See README, "Operations". Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package kr.silheomjang.ops;

import org.jspecify.annotations.NullMarked;
