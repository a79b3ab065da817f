package org.jixiao.tracking.web;

import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.reminders.Notifications;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 消息中心: the signed-in account's notifications. */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("notifications", notifications.of(principal.user()));
        model.addAttribute("address", notifications.address(principal.user()));
        return "tracking/notifications";
    }

    @PostMapping("/address")
    String address(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String email,
                   @AuthenticationPrincipal SignedInAccount principal) {
        notifications.changeAddress(principal.user(), email);
        return "redirect:/notifications?saved";
    }

    @PostMapping("/read")
    String read(@AuthenticationPrincipal SignedInAccount principal) {
        notifications.markAllRead(principal.user());
        return "redirect:/notifications";
    }
}
