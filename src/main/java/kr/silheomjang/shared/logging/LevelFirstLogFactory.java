package kr.silheomjang.shared.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;

/**
 * Commons Logging (how Spring and Spring Security log) through SLF4J, as commons-logging would choose by itself, but
 * asking the level before a message is made. Its own SLF4J adapter (1.3.x, 1.4.0 the same) turns every message into a
 * string first and lets Logback drop it afterwards: Spring Security's method interceptor builds two debug sentences on
 * every secured service call with debug logging off (about 2 % of the server's work for one change seen by 1,000 open
 * boards, README "Benchmark: 1,000-view fan-out"). Chosen through {@code META-INF/services}.
 */
public final class LevelFirstLogFactory extends LogFactory {

    private final LogFactory slf4j = new Slf4jLogFactory();

    @Override
    public Object getAttribute(String name) {
        return slf4j.getAttribute(name);
    }

    @Override
    public String[] getAttributeNames() {
        return slf4j.getAttributeNames();
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return new LevelFirstLog(slf4j.getInstance(clazz));
    }

    @Override
    public Log getInstance(String name) {
        return new LevelFirstLog(slf4j.getInstance(name));
    }

    @Override
    public void release() {
        slf4j.release();
    }

    @Override
    public void removeAttribute(String name) {
        slf4j.removeAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        slf4j.setAttribute(name, value);
    }
}
