package org.jixiao;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 绩效 — government performance-target assessment. Started without arguments it serves the web
 * application; {@code table …}, {@code score …} and {@code audit …} run the command-line tools without a server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JixiaoApplication {

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.run(Arrays.asList(args), System.out, System.err));
        }
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
