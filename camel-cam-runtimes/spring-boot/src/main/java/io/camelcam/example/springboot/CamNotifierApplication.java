package io.camelcam.example.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Posts what arrives on {@code direct:notify} to a CAM chat room; CAM is configured in application.yaml. */
@SpringBootApplication
public class CamNotifierApplication {

    public static void main(String[] args) {
        SpringApplication.run(CamNotifierApplication.class, args);
    }
}
