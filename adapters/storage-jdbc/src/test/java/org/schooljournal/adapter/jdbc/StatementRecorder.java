package org.schooljournal.adapter.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Records the statements a store runs, with their parameters, behind a data source it wraps, and
 * asks PostgreSQL how it plans each of them ({@link #plans(Connection)}): {@code EXPLAIN} of the
 * store's own SQL with the very values it bound, so that the planner prunes partitions as it did
 * for the store. {@code EXPLAIN} without {@code ANALYZE} runs nothing.
 *
 * <p>This class is thread-safe.
 */
final class StatementRecorder {

    /** A statement the store ran: its SQL and the setter calls that bound its parameters, by index. */
    record Executed(String sql, List<Binding> bindings) {
    }

    /** One call of a {@link PreparedStatement} setter, such as {@code setLong(2, 7)}. */
    record Binding(Method setter, Object[] arguments) {
    }

    private final List<Executed> executed = new ArrayList<>();

    /** Returns a data source that records what runs through it into this recorder. */
    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, arguments, result) -> method.getName().equals("getConnection")
                ? connection((Connection) result) : result);
    }

    /** Forgets what was recorded so far. */
    synchronized void clear() {
        executed.clear();
    }

    /** Returns the statements recorded so far, in the order they ran. */
    synchronized List<Executed> executed() {
        return List.copyOf(executed);
    }

    /**
     * Returns the plan of each recorded statement that reads or writes a table of the store, as
     * {@code EXPLAIN (COSTS OFF)} prints it, by statement, in the order they ran.
     */
    List<Map.Entry<Executed, String>> plans(Connection connection) throws SQLException {
        List<Map.Entry<Executed, String>> plans = new ArrayList<>();
        for (Executed statement : executed()) {
            if (statement.sql().contains("journal_") && statement.sql().strip().matches("(?is)(SELECT|INSERT|UPDATE|DELETE|WITH)\\b.*")) {
                plans.add(Map.entry(statement, plan(connection, statement)));
            }
        }
        return plans;
    }

    private static String plan(Connection connection, Executed statement) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) " + statement.sql())) {
            for (Binding binding : statement.bindings()) {
                try {
                    binding.setter().invoke(explain, binding.arguments());
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot bind " + binding.setter().getName() + " again", e);
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, arguments, result) -> switch (method.getName()) {
            case "prepareStatement" -> preparedStatement((PreparedStatement) result, (String) arguments[0]);
            case "createStatement" -> statement((Statement) result);
            default -> result;
        });
    }

    private Statement statement(Statement target) {
        return proxy(Statement.class, target, (method, arguments, result) -> {
            if (method.getName().startsWith("execute") && arguments != null && arguments.length > 0
                    && arguments[0] instanceof String sql) {
                record(new Executed(sql, List.of()));
            }
            return result;
        });
    }

    private PreparedStatement preparedStatement(PreparedStatement target, String sql) {
        Map<Integer, Binding> bound = new TreeMap<>();
        List<List<Binding>> batch = new ArrayList<>();
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set") && arguments != null && arguments.length >= 2 && arguments[0] instanceof Integer index) {
                bound.put(index, new Binding(method, arguments.clone()));
            } else if (name.equals("clearParameters")) {
                bound.clear();
            } else if (name.equals("addBatch") && (arguments == null || arguments.length == 0)) {
                batch.add(List.copyOf(bound.values()));
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                batch.forEach(bindings -> record(new Executed(sql, bindings)));
                batch.clear();
            } else if (name.startsWith("execute") && (arguments == null || arguments.length == 0)) {
                record(new Executed(sql, List.copyOf(bound.values())));
            }
            return invoke(method, target, arguments);
        };
        return (PreparedStatement) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private synchronized void record(Executed statement) {
        executed.add(statement);
    }

    /** What a proxy returns in place of a call's result (a wrapped connection, say). */
    private interface Wrapping {
        Object wrap(Method method, Object[] arguments, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, Wrapping wrapping) {
        InvocationHandler handler = (proxy, method, arguments) ->
                wrapping.wrap(method, arguments, invoke(method, target, arguments));
        return type.cast(Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
