package org.jixiao.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the test's thread (MockMvc runs the request
 * there), by wrapping the DataSource: {@code long n = SqlStatements.during(() -> mvc.perform(...))}.
 * For the set-based reads of issue 11: a page's count must not grow with the number of units.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);
    private static final ThreadLocal<java.util.List<String>> TEXTS = new ThreadLocal<>();

    /** A piece of work that may throw, e.g. a MockMvc request. */
    public interface Work {
        void run() throws Exception;
    }

    /** How many statements the work prepared (prepared, callable and plain) on this thread. */
    public static long during(Work work) throws Exception {
        long before = COUNT.get().get();
        work.run();
        return COUNT.get().get() - before;
    }

    /** The SQL text of every statement the work prepared on this thread, in order. */
    public static java.util.List<String> texts(Work work) throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        TEXTS.set(texts);
        try {
            work.run();
        } finally {
            TEXTS.remove();
        }
        return texts;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                    COUNT.get().incrementAndGet();
                    java.util.List<String> texts = TEXTS.get();
                    if (texts != null) {
                        texts.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                    }
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
