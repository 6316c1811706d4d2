/**
 * One retry for the whole application: a service call whose transaction lost a lock race (deadlock, lock timeout,
 * serialization failure) runs again, transparently; see {@link kr.silheomjang.shared.retry.TransientRetry}.
 */
@NullMarked
package kr.silheomjang.shared.retry;

import org.jspecify.annotations.NullMarked;
