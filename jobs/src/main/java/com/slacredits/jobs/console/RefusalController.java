package com.slacredits.jobs.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page of a refused request, in the console's layout: a VIEWER who opens a FINANCE page, or a form sent
 * without its token, reads one sentence saying why, never a framework's error page. Security forwards every
 * refusal here (ConsoleSecurity), whatever its method.
 */
@Controller
class RefusalController {

    static final String PATH = "/refused";

    @RequestMapping(PATH)
    String refused(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/refused";
    }
}
