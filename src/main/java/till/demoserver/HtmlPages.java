package till.demoserver;

/** The HTML bodies real servers and proxies send instead of JSON. Stateless. */
final class HtmlPages {

    private HtmlPages() {
    }

    /** Odoo's werkzeug 404 page (the recorded one starts like this; 440/441 on 14). */
    static String odooNotFound() {
        return odooPage("404: Page not found", "The page you were looking for could not be found; it is possible"
                + " you have typed the address incorrectly, but it has most probably been removed.");
    }

    /** Odoo's page for an uncaught error in an {@code http} route. */
    static String odooInternalError() {
        return odooPage("500: Internal Server Error", "The server encountered an internal error and was unable"
                + " to complete your request.");
    }

    /** The 404 page of 17/18, which answer any unknown route, JSON or not, with HTML (v17/v18 900, 905). */
    static String odooNotFoundSince17() {
        return "<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset=\"utf-8\"/>\n"
                + "        <meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\"/>\n"
                + "        <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "        <title>Odoo</title>\n    </head>\n    <body>\n        <h1>404: Page not found</h1>\n"
                + "    </body>\n</html>\n";
    }

    /** Werkzeug's page for an HTTP error raised before any route ran (the websocket handshake checks). */
    static String werkzeug(int status, String title, String text) {
        return "<!doctype html>\n<html lang=en>\n<title>" + status + " " + title + "</title>\n<h1>" + title
                + "</h1>\n<p>" + text + "</p>\n";
    }

    /** What a multi-worker Odoo answers to a websocket sent to its main port: werkzeug's generic 500 (510). */
    static String werkzeugInternalError() {
        return werkzeug(500, "Internal Server Error", "The server encountered an internal error and was unable to"
                + " complete your request. Either the server is overloaded or there is an error in the application.");
    }

    /** What nginx sends for 502 and 504, byte for byte in shape. */
    static String nginx(int status) {
        String title = status + (status == 502 ? " Bad Gateway" : status == 504 ? " Gateway Time-out"
                : " Error");
        return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
    }

    private static String odooPage(String title, String text) {
        return "\n        <!DOCTYPE html>\n        <html>\n            <head>\n"
                + "                <meta charset=\"utf-8\"/>\n"
                + "                <meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge,chrome=1\"/>\n"
                + "                <title>Odoo</title>\n            </head>\n            <body>\n"
                + "                <h1>" + title + "</h1>\n                <p>" + text + "</p>\n"
                + "            </body>\n        </html>\n";
    }
}
