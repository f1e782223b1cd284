package com.slacredits.jobs.console;


import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security's form login takes the POST. */
@Controller
class SignInController {

    @GetMapping(ConsoleSecurity.SIGN_IN)
    String signIn() {
        return "console/sign-in";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }
}
