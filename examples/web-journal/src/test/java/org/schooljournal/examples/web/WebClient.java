package org.schooljournal.examples.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests of what the server answers: its own cookies, redirects
 * not followed, and the form token read from the last page fetched, put into every form it posts
 * unless told not to.
 */
final class WebClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"" + WebSession.TOKEN_FIELD + "\" value=\"([^\"]+)\"");

    private final WebFixture web;
    private final HttpClient http;
    private String token = "";
    private String lastLanding = "";

    WebClient(WebFixture web) {
        this.web = web;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Signs in as the demo person through the sign-in page and the demo's OpenID Connect provider,
     * following the redirects as a browser would; returns this.
     */
    WebClient signIn(String personId) {
        get(Paths.SIGN_IN);
        HttpResponse<String> response = post(Paths.SIGN_IN, Map.of("person", personId));
        for (int hops = 0; response.statusCode() == 302 && hops < 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (!location.contains(SignInPage.CALLBACK) && !location.contains("/authorize")) {
                break;
            }
            response = send(HttpRequest.newBuilder(URI.create(location.startsWith("/") ? web.url(location) : location))
                    .GET().build());
        }
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + personId + " answered " + response.statusCode());
        }
        lastLanding = response.headers().firstValue("Location").orElse("");
        get(Paths.SIGN_IN);
        return this;
    }

    /** Returns where the last sign-in landed: the person's own page. */
    String landing() {
        return lastLanding;
    }

    /** Fetches the path, and keeps the form token of the page. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(web.url(path))).GET().build());
        Matcher matcher = TOKEN.matcher(response.body());
        if (matcher.find()) {
            token = matcher.group(1);
        }
        return response;
    }

    /** Posts the form with this session's token. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put(WebSession.TOKEN_FIELD, token);
        return postWithout(path, withToken);
    }

    /** Posts the form as given: without the token, unless the form has one. */
    HttpResponse<String> postWithout(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(web.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Fetches the path as bytes: a download. */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(web.url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path + ": interrupted", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.uri() + ": interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
