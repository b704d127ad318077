package org.selfeval.service;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Vert.x instance given to platform-http (it uses the one bean of type Vertx). Camel builds its
 * HTTP server from default options and offers no hook for timeouts or the handler of unparsable
 * requests, so server creation is intercepted here: the options get the configured idle timeout
 * and the new server the guard's invalid-request and connection handlers before Camel calls
 * listen; the root router Camel then gives the server gets the guard's error handlers. Every
 * other call goes to the real instance.
 */
final class GuardedVertx {

    private GuardedVertx() {
    }

    static Vertx wrap(Vertx real, HttpGuard guard) {
        return proxy(real, Vertx.class, (method, args) -> {
            if (method.getName().equals("createHttpServer")) {
                HttpServerOptions options = args != null && args.length == 1 && args[0] instanceof HttpServerOptions o
                        ? new HttpServerOptions(o) : new HttpServerOptions();
                HttpServer server = real.createHttpServer(guard.configure(options));
                guard.attach(real, server);
                return server(server, guard);
            }
            return NOT_MINE;
        });
    }

    /** The server, with its root router (Camel's routes sit on a sub-router) handed to the guard. */
    private static HttpServer server(HttpServer real, HttpGuard guard) {
        return proxy(real, HttpServer.class, (method, args) -> {
            if (method.getName().equals("requestHandler") && args != null && args.length == 1
                    && args[0] instanceof Router root) {
                guard.installRoot(root);
            }
            return NOT_MINE;
        });
    }

    private static final Object NOT_MINE = new Object();

    private interface Interceptor {
        /** The answer to the call, or NOT_MINE to pass it on to the real object. */
        Object call(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(T real, Class<T> type, Interceptor override) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = real.getClass(); c != null; c = c.getSuperclass()) {
            interfaces.addAll(Set.of(c.getInterfaces()));
        }
        interfaces.add(type);
        return (T) Proxy.newProxyInstance(GuardedVertx.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                (proxy, method, args) -> {
                    Object mine = override.call(method, args);
                    if (mine != NOT_MINE) {
                        return mine;
                    }
                    try {
                        Object result = method.invoke(real, args);
                        // Fluent calls answer the proxy, so later calls are seen too.
                        return result == real ? proxy : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
