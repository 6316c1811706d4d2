package kr.silheomjang;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class Application {

    /** The users and the guide live in Korea: "today", D-day and every shown time are in Asia/Seoul. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        application.addListeners(new SpringAotGuard());
        application.run(args);
    }

    /** Static: a bean factory post-processor, made before the other beans (see the class). */
    @Bean
    static BeanFactoryPostProcessor lazyRepositoriesInAotMode() {
        return new LazyRepositoriesInAotMode();
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
