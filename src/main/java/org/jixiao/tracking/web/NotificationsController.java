package org.jixiao.tracking.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jixiao.security.SignedInAccount;
import org.jixiao.tracking.reminders.Notifications;
import org.jixiao.web.FieldErrors;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** 邮件提醒地址 as typed; too long, or not an address, it comes back beside the field. */
    record AddressForm(@Size(max = Notifications.MAX_EMAIL, message = "{tr.notifications.email}{field.tooLong}")
                       @Nullable String email) {
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInAccount principal, Model model) {
        model.addAttribute("notifications", notifications.of(principal.user()));
        if (!model.containsAttribute("address")) {
            model.addAttribute("address", notifications.address(principal.user()));
        }
        model.addAttribute("addressLimits", new AddressForm(""));
        return "tracking/notifications";
    }

    @PostMapping("/address")
    String address(@Valid @ModelAttribute("addressForm") AddressForm form, BindingResult binding,
                   @AuthenticationPrincipal SignedInAccount principal, Model model) {
        String email = form.email() == null ? "" : form.email();
        Map<String, String> errors = FieldErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                notifications.changeAddress(principal.user(), email);
                return "redirect:/notifications?saved";
            } catch (Refused refused) {
                errors.put("email", refused.getMessage());
            }
        }
        // the page again, the address as typed and the message beside it, nothing stored
        model.addAttribute("address", email);
        model.addAttribute("errors", errors);
        return page(principal, model);
    }

    @PostMapping("/read")
    String read(@AuthenticationPrincipal SignedInAccount principal) {
        notifications.markAllRead(principal.user());
        return "redirect:/notifications";
    }
}
